import Foundation
import Testing

@testable import SupplyNet

/// The import planners of `supplynet import` (docs/exports.md, "Import"), without a folder.
@Suite("Import plans")
struct ImportPlanTests {
    static func article(_ text: String) -> Source {
        Source(id: "import", title: "FtM", published: PartialDate(year: 2026)!, file: "articles/import.txt", text: text)
    }

    @Test("the hostile network's FtM export plans without an issue; every claim quotes a whole line of the file")
    func hostileFtM() throws {
        let text = FollowTheMoneyEncoder.encode(HostileNetwork.make())
        let items = Network(actors: [], items: HostileNetwork.make().items, sources: [], flows: [])
        let plan = FollowTheMoneyImport.plan(text, file: "hostile.ftm.json", article: Self.article(text), into: items)
        #expect(plan.issues.isEmpty, "\(plan.issues)")
        let lines = Set(text.split(separator: "\n").map(String.init))
        #expect(plan.entries.count == 5)
        #expect(plan.entries.allSatisfy { lines.contains($0.claim.quote) && !$0.claim.isReviewed })
        #expect(plan.actors.map(\.id.rawValue) == ["IRN", "end", "a-b", "a-b-2"], "a_b is no slug: its name, which is its id, gives one")
        #expect(plan.actors.first?.kind == .state)
        #expect(plan.actors.allSatisfy { !$0.isReviewed })
        #expect(plan.actors.first { $0.id == "end" }?.parent == "IRN", "the Membership gives the group back")
        #expect(plan.flows.map(\.id) == ["f1", "f2", "f3"])
        #expect(plan.flows.first?.items == ["shahed", "formula"], "the items named in the role")
        #expect(plan.flows.last.map { [$0.from, $0.to] } == ["a-b", "a-b-2"], "the sanction's authority found by name")
    }

    @Test("entities of one file with the same name stay apart, named apart; one the folder has by name or alias is not added")
    func sameName() {
        let text = """
            {"id":"a","schema":"Company","properties":{"name":["Acme"]}}
            {"id":"b","schema":"Company","properties":{"name":["Acme"]}}
            {"id":"c","schema":"PublicBody","properties":{"name":["tehran"]}}

            """
        let folder = Network(actors: [Actor(id: "IRN", name: "Iran", kind: .state, aliases: ["Tehran"])], items: [], sources: [], flows: [])
        let plan = FollowTheMoneyImport.plan(text, file: "x", article: Self.article(text), into: folder)
        #expect(plan.actors.map(\.id.rawValue) == ["acme", "acme-2"])
        #expect(plan.actors.map(\.name) == ["Acme", "Acme (b)"], "a name points to one actor, so the second says which entity it is")
        #expect(plan.notes.contains { $0.contains("another actor is named 'Acme': this one is named 'Acme (b)'") })
    }

    @Test("a quote that holds ' | ' is kept whole; quotes are matched scalar for scalar")
    func split() {
        let source = Self.article("He said: yes | no, and then \u{E9}t\u{E9}.")
        let parts = RegisterCSVImport.split("yes | no | \u{E9}t\u{E9}", among: [source])
        #expect(parts.map(\.text) == ["yes | no", "\u{E9}t\u{E9}"])
        #expect(parts.allSatisfy { $0.source?.id == "import" })
        let decomposed = RegisterCSVImport.split("e\u{301}t", among: [source])
        #expect(decomposed.first?.source == nil, "another normalization form is not verbatim")
    }

    @Test("a field's place in the file, past quoted line breaks and doubled quotes")
    func positions() {
        let text = "a,b\r\n\"x\r\ny\",\"say \"\"hi\"\"\"\r\nlast,\"q\"\r\n"
        let positions = TextPositions(text)
        #expect(positions.location(of: "say \"hi\"", from: 2, file: "f").description == "f:3:5")
        #expect(positions.location(of: "q", from: 4, file: "f").description == "f:4:7")
        #expect(positions.location(of: "absent", from: 4, file: "f").description == "f:4:1")
        #expect(TextPositions.lineBreaks(in: ["x\r\ny", "a\rb\nc"]) == 3)
    }

    @Test("the apostrophe the register puts before a formula is taken off, and only that")
    func undefused() {
        #expect(RegisterCSVImport.undefused("'=1+1, no") == "=1+1, no")
        #expect(RegisterCSVImport.undefused("'-2") == "-2")
        #expect(RegisterCSVImport.undefused("'quoted'") == "'quoted'")
    }

    @Test("a register's evidence state gives each claim a status; an analyst's status is taken as it is")
    func statuses() {
        #expect(RegisterCSVImport.status(for: "delivered") == .delivered)
        #expect(RegisterCSVImport.status(for: "offered-or-planned") == .offered)
        #expect(RegisterCSVImport.status(for: "contested") == .alleged)
        #expect(RegisterCSVImport.status(for: "planned") == .planned)
        #expect(RegisterCSVImport.status(for: "maybe") == nil)
    }
}
