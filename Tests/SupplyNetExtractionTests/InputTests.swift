import Foundation
import SupplyNet
import Testing
import Yams

@testable import SupplyNetExtraction

@Suite("Reading articles")
struct InputTests {
    @Test("front matter is optional; offsets count it")
    func frontMatter() throws {
        let text = "---\ntitle: A title\noutlet: Outlet\npublished: 2023-05\nurl: https://example.org/a\n---\nBody text.\n"
        let article = try ArticleInput(file: "a.txt", bytes: Array(text.utf8))
        #expect(article.title == "A title" && article.outlet == "Outlet" && article.published == "2023-05")
        #expect(article.url == "https://example.org/a")
        #expect(article.body == "Body text.\n")
        #expect(article.bodyStart == text.utf8.count - "Body text.\n".utf8.count)
        let plain = try ArticleInput(file: "b.txt", bytes: Array("Just text.".utf8))
        #expect(plain.bodyStart == 0 && plain.title == nil)
    }

    @Test("a NUL byte is called binary, with its line and column")
    func binary() {
        let error = #expect(throws: ExtractionError.self) {
            try ArticleInput(file: "x.bin", bytes: Array("line one\nab\u{0}c".utf8))
        }
        #expect(error?.description.hasPrefix("x.bin:2:3: error: contains a NUL byte") == true)
        #expect(error?.description.contains("binary file") == true)
    }

    @Test("invalid UTF-8 is named with the byte and where it is", arguments: [
        [0x61, 0xFF, 0x62], [0x61, 0xC3], [0xE2, 0x28, 0xA1], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF5, 0x80, 0x80, 0x80],
    ] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) {
        let error = #expect(throws: ExtractionError.self) { try ArticleInput(file: "x.txt", bytes: bytes) }
        #expect(error?.message.contains("not valid UTF-8") == true)
        #expect(error?.line == 1)
    }

    @Test("valid UTF-8 of every width passes")
    func validUTF8() throws {
        let text = "a é € 𝄞 “quoted” – dash"
        #expect(try ArticleInput(file: "x.txt", bytes: Array(text.utf8)).body == text)
    }

    @Test("broken front matter is an error at its line")
    func brokenFrontMatter() {
        let text = "---\ntitle: [unclosed\n---\nBody.\n"
        let error = #expect(throws: ExtractionError.self) { try ArticleInput(file: "x.txt", bytes: Array(text.utf8)) }
        #expect(error?.description.hasPrefix("x.txt:") == true)
        #expect(error?.message.contains("front matter") == true)
    }

    @Test("a missing file and a folder give clear messages")
    func missingFiles() {
        let missing = #expect(throws: ExtractionError.self) { try ArticleInput.read(path: "/nonexistent/article.txt") }
        #expect(missing?.description == "/nonexistent/article.txt: error: no such file; check the path")
        let folder = #expect(throws: ExtractionError.self) { try ArticleInput.read(path: NSTemporaryDirectory()) }
        #expect(folder?.message.contains("is a folder") == true)
    }
}

@Suite("Tokens and sentences")
struct TextTests {
    private func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let (tokens, newlines) = Tokenizer.tokens(of: bytes, in: 0..<bytes.count)
        return SentenceSplitter.sentences(tokens: tokens, newlinesBefore: newlines, bytes: bytes).map {
            String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
        }
    }

    @Test("abbreviations, initials and decimals do not end sentences; closing quotes stay with theirs")
    func splitting() {
        #expect(sentences("Kirby told reporters on Dec. 9 that the U.S. saw $29.8 billion. “It is dangerous.” He said so.") == [
            "Kirby told reporters on Dec. 9 that the U.S. saw $29.8 billion.", "“It is dangerous.”", "He said so.",
        ])
    }

    @Test("a blank line or a line break before a capital ends a sentence; a wrapped line does not")
    func lines() {
        #expect(sentences("Headline without period\nBody starts here and\ncontinues here.\n\nNext") == [
            "Headline without period", "Body starts here and\ncontinues here.", "Next",
        ])
    }

    @Test("possessives, hyphenated words and designations are tokens of their own")
    func tokens() {
        let text = "Russia’s Iranian-made Su-35 U.S. 155mm Iran's"
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(of: bytes, in: 0..<bytes.count).tokens
        let words = tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        #expect(words == ["Russia", "’s", "Iranian-made", "Su-35", "U.S.", "155mm", "Iran", "'s"])
        #expect(tokens[1].mark == .possessive && tokens[7].mark == .possessive)
    }

    @Test("a sentence never exceeds the token cap, so one enormous line stays linear")
    func cap() {
        let text = String(repeating: "word ", count: 1000)
        let bytes = Array(text.utf8)
        let (tokens, newlines) = Tokenizer.tokens(of: bytes, in: 0..<bytes.count)
        let spans = SentenceSplitter.sentences(tokens: tokens, newlinesBefore: newlines, bytes: bytes)
        #expect(spans.allSatisfy { $0.endToken - $0.firstToken <= SentenceSplitter.maximumTokens })
        #expect(spans.map { $0.endToken - $0.firstToken }.reduce(0, +) == 1000)
    }
}

@Suite("YAML output")
struct YAMLTextTests {
    @Test("quoted strings read back exactly, whatever they hold")
    func roundTrip() throws {
        var generator = SplitMix64(seed: 7)
        let pool: [Unicode.Scalar] = ["a", "\"", "\\", "\n", "\t", "\r", "\u{0}", "\u{7F}", "\u{85}", "\u{2028}", "\u{FEFF}", "“", "’", "é", "𝄞", " ", ":", "#", "-"]
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int(generator.next() % 20) { text.unicodeScalars.append(pool[Int(generator.next() % UInt64(pool.count))]) }
            // Yams drops a byte order mark at the very start of a scalar; a quote never starts with
            // one (the tokenizer reads it as a space), so only inner ones are tested.
            while text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            let yaml = "key: \(YAMLText.quoted(text))\n"
            let decoded = try #require(try Yams.load(yaml: yaml) as? [String: Any])
            #expect(decoded["key"] as? String == text)
        }
    }
}
