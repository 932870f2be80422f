import SupplyNet
import SupplyNetReport
import Testing

@Suite("Numeric options: one set of bounds for the command line and report blocks")
struct OptionBoundsTests {
    @Test("a report block's number out of range is refused at its place, naming the option and its range", arguments: [
        ("focus IRN --radius 9000000000000000000", "brief.md:8:20: error: --radius takes a whole number from 0 to 100, not '9000000000000000000'; a wider radius shows nothing more than the whole network (leave out --focus for that)"),
        ("focus IRN --radius 9e18", "brief.md:8:20: error: --radius takes a whole number from 0 to 100, not '9e18'; a wider radius shows nothing more than the whole network (leave out --focus for that)"),
        ("focus IRN --radius -1", "brief.md:8:20: error: --radius takes a whole number from 0 to 100, not '-1'"),
        ("paths IRN UKR -k 10000000", "brief.md:8:18: error: --k takes a whole number from 1 to 1000, not '10000000'; more paths than that are not read, and finding them takes time that grows with k"),
        ("paths IRN UKR --max-hops=101", "brief.md:8:15: error: --max-hops takes a whole number from 1 to 100, not '101'; a chain of more than 100 flows explains nothing (leave it out for no limit)"),
        ("timeline --columns 1000000000000000000", "brief.md:8:20: error: --columns takes a whole number from 1 to 12, not '1000000000000000000'; a row of more than 12 snapshots is too wide to read"),
    ])
    func reportBlock(text: String, message: String) {
        do {
            _ = try NetworkQueryTests.query(text)
            Issue.record("'\(text)' was accepted")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("the bounds' ends are accepted in a report block")
    func reportBlockEnds() throws {
        #expect(try NetworkQueryTests.query("focus IRN --radius 100").radius == 100)
        #expect(try NetworkQueryTests.query("focus IRN --radius 0").radius == 0)
        #expect(try NetworkQueryTests.query("timeline --columns 12").subject == .timeline(columns: 12))
        guard case .paths(_, _, let options) = try NetworkQueryTests.query("paths IRN UKR -k 1000 --max-hops 100").subject else {
            Issue.record("not a paths query")
            return
        }
        #expect(options.k == 1000 && options.maxHops == 100)
    }

    @Test("a library user's huge radius ends once the neighbourhood stops growing")
    func hugeRadiusInLibrary() {
        let network = HostileNetwork.make()
        let view = NetworkView(focus: "IRN", radius: Int.max)
        #expect(view.apply(to: network).flows.map(\.id) == ["f1", "f2"])
    }

    @Test("a library user's huge column count draws one row as wide as its panels instead of trapping")
    func hugeColumnsInLibrary() throws {
        let figure = try #require(SVGFigure(#"<svg width="10pt" height="10pt" viewBox="0 0 10 10"><g/></svg>"#))
        let svg = SmallMultiples.compose([.init(caption: "a", figure: figure), .init(caption: "b", figure: figure)], title: "t", columns: Int.max)
        #expect(svg.components(separatedBy: "<svg x=").count - 1 == 2)
        #expect(svg.contains(#"viewBox="0 0 1192 "#), "two panels of 560 and three gaps of 24")
    }
}
