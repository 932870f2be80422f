import Foundation
import Testing
import TestSupport

@testable import SupplyNet

/// The FollowTheMoney export (docs/exports.md), held to the reference implementation: the
/// `followthemoney` package's `ftm validate` and model, run by Tests/Oracles/ftm_check.py.
@Suite("FollowTheMoney export")
struct FollowTheMoneyExportTests {
    static let oracle = FixtureData.packageRoot.appendingPathComponent("Tests/Oracles/ftm_check.py")

    /// Fails the test (never skips it) when python3 cannot import followthemoney.
    static func requireFollowTheMoney() throws {
        let missing = try ProcessRunner.missingPythonModule("followthemoney")
        try #require(missing == nil, "\(missing ?? "")")
    }

    /// Writes `network` as FtM entities and as the JSON export, and runs the oracle on both.
    static func check(_ network: Network) throws -> ProcessRunner.Result {
        let folder = try ProcessRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entities = folder.appendingPathComponent("network.ftm.json")
        let json = folder.appendingPathComponent("network.json")
        try Data(FollowTheMoneyEncoder.encode(network).utf8).write(to: entities)
        try NetworkJSON.encode(network).write(to: json)
        return try ProcessRunner.python([oracle.path, entities.path, json.path], in: FixtureData.packageRoot)
    }

    @Test("ftm validate keeps every value of the hostile network, and every actor, source and claim is there")
    func hostile() throws {
        try Self.requireFollowTheMoney()
        let check = try Self.check(HostileNetwork.make())
        #expect(check.status == 0, "\(check.output)\(check.standardError)")
        #expect(check.output.hasPrefix("ftm_check: ok: 12 entities"), "\(check.output)")
    }

    @Test("ftm validate keeps every value of the seed network")
    func seeds() throws {
        try Self.requireFollowTheMoney()
        let check = try Self.check(try NetworkLoader(path: FixtureData.packageRoot.appendingPathComponent("seeds").path).load())
        #expect(check.status == 0, "\(check.output)\(check.standardError)")
        #expect(check.output.contains("87 UnknownLink"), "\(check.output)")
    }

    @Test("text the way FtM keeps it: NFC, no control or invisible characters, trimmed; names squashed and unquoted")
    func text() {
        #expect(FollowTheMoneyText.kept(" e\u{301}\u{0}\u{200B}x\r\n ", as: .text) == "\u{E9}x")
        #expect(FollowTheMoneyText.kept("\u{7}", as: .text) == nil)
        #expect(FollowTheMoneyText.kept("a\u{2028}b", as: .text) == "a b")
        #expect(FollowTheMoneyText.kept(" \"Iran\n  the  state\" ", as: .name) == "Iran the state")
        #expect(FollowTheMoneyText.kept("\"a\" b", as: .name) == "\"a\" b")
        #expect(FollowTheMoneyText.kept("HTTPS://example.com", as: .url) == "https://example.com/")
    }

    @Test("ids: prefixed, within FtM's rules, and read back to the SupplyNet id", arguments: [
        "IRN", "wagner-group", "a_b", "a-b", "end-", "", "é", String(repeating: "x", count: 300),
    ])
    func ids(id: String) {
        let ftm = FollowTheMoneyID.id(.actor, id)
        #expect(ftm.hasPrefix("supplynet-actor-"))
        #expect(ftm.count <= 200)
        #expect(ftm.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") })
        #expect(ftm.last.map { $0.isLetter || $0.isNumber } == true)
        if id.count < 150 {
            #expect(FollowTheMoneyID.supplyNetID(.actor, from: ftm) == id)
        } else {
            #expect(FollowTheMoneyID.supplyNetID(.actor, from: ftm) == nil, "a shortened id does not read back")
        }
        #expect(FollowTheMoneyID.supplyNetID(.source, from: ftm) == nil)
    }

    @Test("ids that differ stay different")
    func idsCollide() {
        let ids = ["a-b", "a_b", "a.b", "a.2db", "A-B"].map { FollowTheMoneyID.id(.actor, $0) }
        #expect(Set(ids).count == ids.count)
    }
}
