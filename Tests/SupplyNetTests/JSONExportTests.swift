import Foundation
import SupplyNet
import Testing

@Suite("JSON export")
struct JSONExportTests {
    private func exported() throws -> [String: Any] {
        let data = NetworkJSON.encode(try FixtureData.validNetwork())
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("has the documented top-level shape")
    func shape() throws {
        let json = try exported()
        #expect(Set(json.keys) == ["formatVersion", "actors", "items", "sources", "flows"])
        #expect(json["formatVersion"] as? Int == 1)
    }

    @Test("actors carry id, name, kind, aliases and parent, with null for none")
    func actors() throws {
        let actors = try #require(try exported()["actors"] as? [[String: Any]])
        #expect(actors.map { $0["id"] as? String } == ["IRN", "RUS", "USA", "wagner-group"])
        #expect(actors[0]["parent"] is NSNull)
        #expect(actors[3]["parent"] as? String == "RUS")
        #expect(actors[3]["kind"] as? String == "armed-group")
        #expect(actors[0]["aliases"] as? [String] == ["Tehran", "the Islamic Republic"])
    }

    @Test("flows carry their claims with status, source, quote, speaker and date")
    func flows() throws {
        let flows = try #require(try exported()["flows"] as? [[String: Any]])
        let drones = try #require(flows.first)
        #expect(drones["id"] as? String == "irn-rus-drones")
        #expect(drones["evidence"] as? String == "contested")
        let claims = try #require(drones["claims"] as? [[String: Any]])
        #expect(claims.count == 2)
        #expect(claims[0]["status"] as? String == "delivered")
        #expect(claims[0]["source"] as? String == "sample-article")
        #expect(claims[0]["quote"] as? String == "Iran has supplied Russia with more than 400 drones since August 2022")
        #expect(claims[0]["speaker"] as? String == "John Kirby")
        #expect(claims[0]["date"] as? String == "2023-05-15")
        #expect((claims[0]["period"] as? [String: Any])?["from"] as? String == "2022-08")
        #expect((claims[0]["quantity"] as? [String: Any])?["low"] as? Double == 400)
        #expect(claims[1]["speaker"] is NSNull)
        #expect(claims[1]["period"] is NSNull)
    }

    @Test("sources carry title, outlet, date and its precision, url and file")
    func sources() throws {
        let sources = try #require(try exported()["sources"] as? [[String: Any]])
        #expect(sources.count == 1)
        #expect(sources[0]["date"] as? String == "2023-05-15")
        #expect(sources[0]["datePrecision"] as? String == "day")
        #expect(sources[0]["file"] as? String == "articles/sample-article.txt")
        #expect(sources[0]["url"] is NSNull)
    }

    @Test("is byte-identical from run to run")
    func deterministic() throws {
        #expect(NetworkJSON.encode(try FixtureData.validNetwork()) == NetworkJSON.encode(try FixtureData.validNetwork()))
    }
}
