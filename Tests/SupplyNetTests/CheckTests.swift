import Foundation
import SupplyNet
import Testing

/// One error kind: a fixture that has it, and where and how `check` must report it.
struct CheckCase: CustomTestStringConvertible, Sendable {
    let fixture: String
    let file: String
    let line: Int
    let column: Int
    let message: String

    var testDescription: String { fixture }
}

@Suite("check reports every problem with its file, line and column")
struct CheckTests {
    static let cases: [CheckCase] = [
        CheckCase(fixture: "malformed-yaml", file: "flows.yaml", line: 5, column: 4, message: "YAML syntax:"),
        CheckCase(fixture: "missing-field", file: "flows.yaml", line: 2, column: 5, message: "a flow is missing 'kind'; add it, like 'kind: transfer'"),
        CheckCase(fixture: "unknown-actor", file: "flows.yaml", line: 4, column: 9, message: "unknown actor 'RUSS' (did you mean 'RUS'"),
        CheckCase(fixture: "unknown-item", file: "flows.yaml", line: 6, column: 13, message: "unknown item 'shahed-drone' (did you mean 'shahed-drones'?)"),
        CheckCase(fixture: "unknown-word", file: "flows.yaml", line: 5, column: 11, message: "'tranfser' is not a kind of flow (did you mean 'transfer'?); use one of: transfer, sanction, aid, strike, cooperation"),
        CheckCase(fixture: "duplicate-id", file: "flows.yaml", line: 7, column: 9, message: "duplicate flow id 'irn-rus-drones', first defined at"),
        CheckCase(fixture: "quote-not-verbatim", file: "claims/sample-article.yaml", line: 5, column: 12, message: "quote does not occur verbatim in articles/sample-article.txt: the first 40 characters match the article at line 6, then the quote has '5'"),
        CheckCase(fixture: "missing-source-file", file: "claims/other-article.yaml", line: 1, column: 9, message: "source 'other-article' has no article"),
        CheckCase(fixture: "unknown-field", file: "claims/sample-article.yaml", line: 6, column: 5, message: "unknown field 'speeker' in claim sample-article-1 (did you mean 'speaker'?)"),
        CheckCase(fixture: "invalid-date", file: "claims/sample-article.yaml", line: 6, column: 11, message: "'2023-02-30' is not a date"),
        CheckCase(fixture: "period-ends-before-start", file: "claims/sample-article.yaml", line: 8, column: 11, message: "period ends (2022-07-31) before it starts (2022-08)"),
        CheckCase(fixture: "negative-quantity", file: "claims/sample-article.yaml", line: 8, column: 12, message: "quantity 'low' is negative"),
        CheckCase(fixture: "flow-without-claims", file: "flows.yaml", line: 7, column: 9, message: "flow 'rus-irn-fighters' has no claims"),
        CheckCase(fixture: "unknown-parent", file: "registry.yaml", line: 14, column: 13, message: "actor 'wagner-group' has parent 'RUZ', which is not in the registry (did you mean 'RUS'?)"),
        CheckCase(fixture: "ambiguous-alias", file: "registry.yaml", line: 6, column: 9, message: "the name 'tehran' of actor 'RUS' already names actor 'IRN'"),
        CheckCase(fixture: "missing-front-matter", file: "articles/sample-article.txt", line: 1, column: 1, message: "article has no front matter"),
        CheckCase(fixture: "bad-state-id", file: "registry.yaml", line: 5, column: 9, message: "state id 'russia' must be its ISO 3166-1 alpha-3 code"),
    ]

    @Test("the valid sample passes")
    func validSamplePasses() throws {
        let network = try FixtureData.validNetwork()
        #expect(network.flows.count == 2)
        #expect(network.claims.count == 3)
    }

    @Test("each error kind is reported at its place", arguments: cases)
    func reportsErrorAtItsPlace(_ expected: CheckCase) throws {
        let folder = try FixtureData.folder(overlay: expected.fixture)
        let error = #expect(throws: LoadError.self) { try NetworkLoader(path: folder).load() }
        let issues = try #require(error).issues
        let location = SourceLocation(file: folder + "/" + expected.file, line: expected.line, column: expected.column)
        let match = issues.first { $0.location == location && $0.message.contains(expected.message) }
        #expect(match != nil, "expected \(location): \(expected.message)\ngot:\n\(issues.map(\.description).joined(separator: "\n"))")
    }

    @Test("every problem in a folder is reported in one run, sorted by place")
    func reportsAllProblemsSorted() throws {
        let folder = try FixtureData.folder(overlay: "unknown-word")
        let flows = folder + "/flows.yaml"
        try """
            flows:
              - id: irn-rus-drones
                from: IRQ
                to: RUS
                kind: tranfser
                items: [shahed-drone]
            """.write(toFile: flows, atomically: true, encoding: .utf8)
        let error = #expect(throws: LoadError.self) { try NetworkLoader(path: folder).load() }
        let issues = try #require(error).issues
        let inFlows = issues.filter { $0.location.file == flows }.map(\.location.line)
        #expect(inFlows == [3, 5, 6])
        #expect(issues == issues.sorted())
    }

    @Test("a missing data folder is its own error")
    func missingFolder() {
        #expect(throws: LoadError.dataFolderMissing(path: "/nonexistent/seeds")) {
            try NetworkLoader(path: "/nonexistent/seeds").load()
        }
    }

    @Test("the error text is file:line:column: error: message, and says nothing was written")
    func errorText() throws {
        let folder = try FixtureData.folder(overlay: "unknown-actor")
        let error = #expect(throws: LoadError.self) { try NetworkLoader(path: folder).load() }
        let text = try #require(error).description
        #expect(text.contains("\(folder)/flows.yaml:4:9: error: unknown actor 'RUSS'"))
        #expect(text.hasSuffix("nothing was written."))
    }
}
