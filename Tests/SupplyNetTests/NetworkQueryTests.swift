import SupplyNet
import SupplyNetReport
import Testing

@Suite("Queries: one grammar, the command line's words, read from a report block")
struct NetworkQueryTests {
    /// The query of a block on line 7 holding `text` (its words start on line 8).
    static func query(_ text: String) throws(ReportError) -> NetworkQuery {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            ReportBlock.Line(number: 8 + $0.offset, text: String($0.element))
        }
        return try ReportComposer.query(of: ReportBlock(location: SourceLocation(file: "brief.md", line: 7), lines: lines))
    }

    static func word(_ text: String, column: Int, line: Int = 8, option: String? = nil) -> NetworkQuery.Word {
        NetworkQuery.Word(text: text, location: SourceLocation(file: "brief.md", line: line, column: column), option: option)
    }

    @Test("every query the issue names reads as the command line would")
    func queries() throws {
        #expect(try Self.query("network").subject == .network)
        let sanctions = try Self.query("flows --kind sanction")
        #expect(sanctions.subject == .flows)
        #expect(sanctions.kinds == [.sanction])
        let toRussia = try Self.query("flows --to RUS --from tehran")
        #expect(toRussia.recipient == Self.word("RUS", column: 12, option: "--to"))
        #expect(toRussia.sender == Self.word("tehran", column: 23, option: "--from"))
        let focus = try Self.query("focus IRN --radius 2")
        #expect(focus.subject == .focus(Self.word("IRN", column: 7)))
        #expect(focus.radius == 2)
        let paths = try Self.query("paths IRN UKR --max-hops 3 -k 2 --cheapest --only-paths")
        var options = NetworkQuery.PathOptions()
        options.maxHops = 3
        options.k = 2
        options.cheapest = true
        options.onlyPaths = true
        #expect(paths.subject == .paths(from: Self.word("IRN", column: 7), to: Self.word("UKR", column: 11), options))
        #expect(try Self.query("timeline --columns 3").subject == .timeline(columns: 3))
        #expect(try Self.query("show IRN RUS").subject == .show([Self.word("IRN", column: 6), Self.word("RUS", column: 10)]))
        #expect(try Self.query("sources").subject == .sources)
    }

    @Test("view options, quoted words, --opt=value, comments and continuation lines")
    func options() throws {
        let query = try Self.query("# a comment\npaths \"North Korea\" 'Ukraine' --undirected\n  --as-of=2023-02 --item drone --group pair --title \"Routes: \\\"short\\\"\" --engine neato")
        #expect(query.subject == .paths(from: Self.word("North Korea", column: 7, line: 9), to: Self.word("Ukraine", column: 21, line: 9), {
            var options = NetworkQuery.PathOptions()
            options.undirected = true
            return options
        }()))
        #expect(query.asOf == PartialDate(year: 2023, month: 2))
        #expect(query.categories == [.drone])
        #expect(query.grouping == .pair)
        #expect(query.title == "Routes: \"short\"")
        #expect(query.engine == "neato")
        #expect(query.text.hasPrefix("paths \"North Korea\" Ukraine --undirected --as-of=2023-02"))
    }

    @Test("a bad word is reported at its line and column with what would be right", arguments: [
        ("netwrok", "brief.md:8:1: error: 'netwrok' is not a query (did you mean 'network'?); use one of: network, flows, focus, paths, timeline, show, sources"),
        ("flows --kind tranfser", "brief.md:8:14: error: 'tranfser' is not a kind of flow (did you mean 'transfer'?); use one of: transfer, sanction, aid, strike, cooperation"),
        ("flows --kinds sanction", "brief.md:8:7: error: '--kinds' is not an option of 'flows' (did you mean '--kind'?); its options are: --as-of, --kind, --status, --item, --from, --to, --group, --focus, --radius, --include-unreviewed, --single-voice, --engine, --title, --every-flow"),
        ("paths IRN", "brief.md:8:1: error: 'paths' needs more: write paths FROM TO, such as paths IRN UKR --max-hops 3"),
        ("paths IRN UKR RUS", "brief.md:8:15: error: 'RUS' is one word too many; write paths FROM TO, such as paths IRN UKR --max-hops 3"),
        ("paths IRN UKR --max-hops 0", "brief.md:8:26: error: --max-hops takes a whole number from 1 to 100, not '0'"),
        ("network --as-of 2023-13", "brief.md:8:17: error: '2023-13' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("network --engine dott", "brief.md:8:18: error: 'dott' is not a layout engine (did you mean 'dot'?); use one of: dot, neato, fdp, sfdp, circo, twopi"),
        ("network --kind", "brief.md:8:9: error: --kind needs a value"),
        ("show \"IRN RUS", "brief.md:8:6: error: this quote is never closed; close it on the same line"),
        ("network --radius 2", "brief.md:7:1: error: --radius needs --focus (or the query focus ACTOR --radius N)"),
        ("show IRN --kind aid", "brief.md:8:10: error: '--kind' is not an option of 'show'; its options are: --as-of, --include-unreviewed, --engine, --title, --every-flow"),
        ("# only a comment", "brief.md:7:1: error: the query is empty; write one, such as: network, focus IRN --radius 1, paths IRN UKR --max-hops 3, timeline, flows --kind sanction, show IRN RUS or sources"),
    ])
    func errors(text: String, message: String) {
        do {
            _ = try Self.query(text)
            Issue.record("'\(text)' was accepted")
        } catch {
            #expect(error.description == message)
        }
    }
}
