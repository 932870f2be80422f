import Foundation
import SupplyNet
import TestSupport
import Testing

@Suite("Cypher export, for Neo4j and Kùzu")
struct CypherExportTests {
    /// The hostile network with backslashes and Cypher's own syntax in its names and quotes.
    static func hostile() -> Network {
        var network = HostileNetwork.make()
        network.actors[2].name = #"C:\new\' }); MATCH (n) DETACH DELETE n; //"#
        network.actors[2].aliases = [#"\"#, "'", #"\\'"#, "line\nbreak"]
        network.flows[2].claims[0].speaker = #"Back\slash 'Jr.'"#
        return network
    }

    @Test("a string is single-quoted with only \\\\ and \\' escaped; line breaks and tabs stay, other control characters go")
    func strings() {
        #expect(CypherEncoder.string("Iran") == "'Iran'")
        #expect(CypherEncoder.string("O'Brien") == #"'O\'Brien'"#)
        #expect(CypherEncoder.string(#"C:\new"#) == #"'C:\\new'"#)
        #expect(CypherEncoder.string(#"\'"#) == #"'\\\''"#)
        #expect(CypherEncoder.string("a\nb\r\nc\td") == "'a\nb\r\nc\td'")
        #expect(CypherEncoder.string("nul\u{0}bell\u{7}del\u{7F}") == "'nulbelldel'")
        #expect(CypherEncoder.string(#"say "yes" /* no */ // x"#) == #"'say "yes" /* no */ // x'"#)
        #expect(CypherEncoder.string("") == "''")
    }

    @Test("the dialects differ only in their schema statements (Kùzu's tables, Neo4j's constraints) and Kùzu's transaction")
    func dialects() {
        let network = Self.hostile()
        let kuzu = CypherEncoder.encode(network, dialect: .kuzu)
        let neo4j = CypherEncoder.encode(network, dialect: .neo4j)
        func data(_ text: String) -> [Substring] {
            text.split(separator: "\n", omittingEmptySubsequences: false).filter {
                !$0.hasPrefix("//") && !$0.hasPrefix("CREATE NODE TABLE") && !$0.hasPrefix("CREATE REL TABLE")
                    && !$0.hasPrefix("CREATE CONSTRAINT") && $0 != "BEGIN TRANSACTION;" && $0 != "COMMIT;"
            }
        }
        #expect(data(kuzu) == data(neo4j))
        #expect(kuzu.contains("CREATE NODE TABLE Claim(id STRING, flow STRING, "))
        #expect(kuzu.contains("CREATE REL TABLE FLOWS_TO(FROM Actor TO Actor, id STRING, kind STRING, "))
        #expect(!kuzu.contains("CREATE CONSTRAINT"))
        #expect(neo4j.contains("CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;"))
        #expect(!neo4j.contains("CREATE NODE TABLE"))
        #expect(kuzu.hasSuffix("\nCOMMIT;\n") && kuzu.contains("CREATE REL TABLE PARTY(FROM Claim TO Actor);\nBEGIN TRANSACTION;\nCREATE (:Actor "))
        #expect(neo4j.hasSuffix(";\n") && !neo4j.contains("BEGIN TRANSACTION"))
    }

    @Test("claims are nodes tied to their flow, source and party; a flow is a node and a FLOWS_TO relationship")
    func shape() {
        let text = CypherEncoder.encode(HostileNetwork.make(), dialect: .neo4j)
        #expect(text.contains(
            "MATCH (f:Flow {id: 'f1'}), (s:Source {id: 's2'}), (p:Actor {id: 'IRN'}) CREATE (c:Claim {id: 's2-1', flow: 'f1', status: 'denied', source: 's2', quote: '=1+1, no', party: 'IRN', date: '2023-05-15', unreviewed: false})-[:ABOUT]->(f), (c)-[:CITES]->(s), (c)-[:PARTY]->(p);"
        ))
        #expect(text.contains("MATCH (a:Actor {id: 'a-b'}), (f:Flow {id: 'f3'}), (b:Actor {id: 'a_b'}) CREATE (a)-[:SENDS]->(f), (f)-[:REACHES]->(b), (a)-[:FLOWS_TO {id: 'f3', kind: 'sanction'"))
        #expect(text.contains("quantity_text: 'hundreds', quantity_low: 200.0, quantity_unit: 'drones'"))
        #expect(text.contains("MATCH (a:Actor {id: 'end'}), (p:Actor {id: 'IRN'}) CREATE (a)-[:PART_OF]->(p);"))
    }

    @Test("is byte-identical from run to run")
    func deterministic() throws {
        let seeds = try NetworkLoader(path: SeedsTests.seeds).load()
        let again = try NetworkLoader(path: SeedsTests.seeds).load()
        #expect(CypherEncoder.encode(seeds, dialect: .kuzu) == CypherEncoder.encode(again, dialect: .kuzu))
    }

    @Test("Kùzu loads the hostile network and gives back every name, quote and property exactly")
    func kuzuLoadsHostileNames() throws {
        let missing = try ProcessRunner.missingPythonModule("kuzu")
        try #require(missing == nil, "\(missing ?? "")")
        let folder = try ProcessRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = Self.hostile()
        let cypher = folder.appendingPathComponent("hostile.cypher")
        let json = folder.appendingPathComponent("hostile.json")
        try Data(CypherEncoder.encode(network, dialect: .kuzu).utf8).write(to: cypher)
        try NetworkJSON.encode(network).write(to: json)
        let oracle = FixtureData.packageRoot.appendingPathComponent("Tests/Oracles/kuzu_check.py").path
        let answers = folder.appendingPathComponent("answers.json").path
        let check = try ProcessRunner.python([oracle, cypher.path, json.path, answers], in: FixtureData.packageRoot)
        #expect(check.status == 0, "\(check.output)\(check.standardError)")
        #expect(check.output.contains("4 actors, 3 flows, 5 claims, every property matching the JSON"), "\(check.output)")
    }

    @Test("the oracle notices a quote that comes back different")
    func oracleCatchesMismatch() throws {
        let missing = try ProcessRunner.missingPythonModule("kuzu")
        try #require(missing == nil, "\(missing ?? "")")
        let folder = try ProcessRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = Self.hostile()
        var tampered = network
        tampered.flows[2].claims[0].quote = "Requested, it said"
        let cypher = folder.appendingPathComponent("tampered.cypher")
        let json = folder.appendingPathComponent("network.json")
        try Data(CypherEncoder.encode(tampered, dialect: .kuzu).utf8).write(to: cypher)
        try NetworkJSON.encode(network).write(to: json)
        let oracle = FixtureData.packageRoot.appendingPathComponent("Tests/Oracles/kuzu_check.py").path
        let answers = folder.appendingPathComponent("answers.json").path
        let check = try ProcessRunner.python([oracle, cypher.path, json.path, answers], in: FixtureData.packageRoot)
        #expect(check.status == 1)
        #expect(check.standardError.contains("claim 's1-2': quote is 'Requested, it said', the JSON 'Requested, it says'"), "\(check.standardError)")
    }
}
