import Foundation
import SupplyNet
import Testing

@testable import SupplyNetCLI

/// Data text reaches the terminal visible, never acting: no escape sequence from a name, a quote
/// or an article can clear the screen, move the cursor or reorder the line.
@Suite("Terminal output carries no raw control characters from data")
struct TerminalTextTests {
    static let clearScreen = "\u{1B}[2J\u{1B}[HAll clear"
    static let reversed = "\u{202E}desrever"

    /// A network built in code (the loader would refuse these names and quotes; a library user's
    /// network is not loaded).
    static func network() -> Network {
        Network(
            actors: [
                Actor(id: "A", name: "Alpha\(clearScreen)", kind: .state),
                Actor(id: "B", name: "Beta\(reversed)", kind: .company),
            ],
            items: [],
            sources: [Source(id: "s", title: "T\u{7}", published: PartialDate(year: 2023, month: 1)!, file: "articles/s.txt", text: "")],
            flows: [
                Flow(id: "f", from: "A", to: "B", kind: .transfer, claims: [
                    Claim(id: "s-1", status: .delivered, source: "s", quote: "It came\(clearScreen)\r\nnext\u{0}line", speaker: "X\u{9B}2J"),
                    Claim(id: "s-2", status: .denied, source: "s", quote: "No\(reversed)", party: "B"),
                ])
            ])
    }

    /// Whether `text` holds a scalar that acts in a terminal instead of showing.
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) || $0.properties.isBidiControl
        }
    }

    @Test("visible(_:) escapes control and bidirectional characters, keeps line breaks, tabs and the rest", arguments: [
        ("plain ASCII", "plain ASCII"),
        ("a\u{1B}[2Jb", "a\\u{1B}[2Jb"),
        ("nul\u{0}", "nul\\u{0}"),
        ("\u{202E}abc\u{2066}", "\\u{202E}abc\\u{2066}"),
        ("over\rwrite", "over\\u{D}write"),
        ("line\r\nbreak\nand\ttab", "line\nbreak\nand\ttab"),
        ("C1 \u{9B}31m, DEL \u{7F}", "C1 \\u{9B}31m, DEL \\u{7F}"),
        ("Zoë → Київ “quoted”", "Zoë → Київ “quoted”"),
    ])
    func visible(text: String, shown: String) {
        #expect(Terminal.visible(text) == shown)
    }

    @Test("show's text shows the escapes in names and quotes, and acts on none")
    func show() {
        let network = Self.network()
        let text = Terminal.visible(EvidenceListing.text(of: network.flows, in: network))
        #expect(!Self.hasRawControl(text), "\(text.debugDescription)")
        #expect(text.contains("Alpha\\u{1B}[2J\\u{1B}[HAll clear"))
        #expect(text.contains("\\u{202E}desrever"))
        #expect(text.contains("next\\u{0}line"))
    }

    @Test("paths' text shows the escapes in names and quotes, and acts on none")
    func paths() {
        let network = Self.network()
        let answer = PathAnswer(in: network, from: "A", to: "B", options: .init(), names: network)
        let text = Terminal.visible(answer.text(in: network))
        #expect(!Self.hasRawControl(text), "\(text.debugDescription)")
        #expect(text.contains("Paths from Alpha\\u{1B}[2J\\u{1B}[HAll clear to Beta\\u{202E}desrever"))
    }

    @Test("extract prints an article's escape sequences and bidirectional overrides as escapes, YAML and JSON", arguments: ["yaml", "json"])
    func extract(format: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        let article = folder.appendingPathComponent("article.txt")
        try "Iran delivered Shahed drones to Russia,\u{1B}[2J said Kirby \u{202E}in May.\n".write(to: article, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["extract", "--format", format, article.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.output.contains("Shahed"), "a proposal was made: \(result.output)")
        #expect(!Self.hasRawControl(result.output), "\(result.output.debugDescription)")
        #expect(!Self.hasRawControl(result.standardError), "\(result.standardError.debugDescription)")
        if format == "json" {
            let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
            let articles = try #require(document["articles"] as? [[String: Any]])
            let proposals = try #require(articles.first?["proposals"] as? [[String: Any]])
            #expect((proposals.first?["sentence"] as? String)?.contains("\u{1B}[2J said Kirby \u{202E}in May.") == true, "reads back as written")
        }
    }

    @Test("an error naming a path with an escape sequence shows it escaped", arguments: ["check", "show"])
    func errorMessage(command: String) throws {
        let folder = try CommandRunner.temporaryFolder().appendingPathComponent("data\u{1B}[2J\u{202E}")
        let result = try CommandRunner.run([command] + (command == "show" ? ["IRN", "RUS"] : []) + ["--data", folder.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("data\\u{1B}[2J\\u{202E}"), "\(result.standardError.debugDescription)")
        #expect(!Self.hasRawControl(result.standardError))
    }
}
