import Foundation
import SupplyNet
import Testing

@testable import SupplyNetExtraction

/// Any input gives a clear error or a clean result: random bytes, mutated articles, huge lines.
@Suite("Fuzzing")
struct FuzzTests {
    let extractor: Extractor
    let seedBytes: [[UInt8]]

    init() throws {
        extractor = Extractor(network: try SeedArticles.network())
        seedBytes = try SeedArticles.ids.map { try SeedArticles.article($0).bytes }
    }

    /// Reads `bytes` as an article: either a located error, or proposals whose offsets hold their sentences.
    private func check(_ bytes: [UInt8]) {
        do {
            let article = try ArticleInput(file: "fuzz.txt", bytes: bytes)
            let extraction = extractor.extract(article)
            for proposal in extraction.proposals {
                #expect(proposal.start >= article.bodyStart && proposal.end <= bytes.count && proposal.start < proposal.end)
                #expect(String(decoding: bytes[proposal.start..<proposal.end], as: UTF8.self) == proposal.sentence)
            }
            for suggestion in extraction.suggestions { #expect(suggestion.start < bytes.count) }
        } catch {
            #expect(error.file == "fuzz.txt")
            #expect(!error.message.isEmpty)
        }
    }

    @Test("random bytes")
    func randomBytes() {
        var generator = SplitMix64(seed: 1)
        for _ in 0..<300 {
            let count = Int(generator.next() % 600)
            check((0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        }
    }

    @Test("random ASCII and punctuation, which gets past the UTF-8 check")
    func randomText() {
        var generator = SplitMix64(seed: 2)
        let alphabet = Array("aZ .,;:'\"’s-\n\n\t()$0123456789 Iran Russia supplied drones to from with between ".utf8)
        for _ in 0..<300 {
            let count = Int(generator.next() % 2000)
            check((0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
        }
    }

    @Test("random release structure: table bars, entry dashes and addresses, legal forms, request and contact headings")
    func randomReleaseText() {
        var generator = SplitMix64(seed: 4)
        let pieces = ["|", " | ", "||", "\n", "\n\n", " – ", "Ltd. ", "Co. Ltd ", "(Minsk, Belarus) ", "Acme Trading LLC ", "Iran: ", "calls on:\n",
                      "- ", "1. ", "Contacts\n", "sanctioned ", "it ", "supplied drones to Russia; ", "150 million euros ", "worth ", "among them "]
        for _ in 0..<300 {
            let count = Int(generator.next() % 120)
            check(Array((0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined().utf8))
        }
    }

    @Test("one multi-megabyte table of rows with bars")
    func hugeTable() throws {
        let row = Array("Acme Trading LLC | Iran | Supplied drones to Russia.\n".utf8)
        var bytes = Array("The EU sanctioned the following:\n".utf8)
        bytes.reserveCapacity(3_000_000)
        while bytes.count < 3_000_000 { bytes += row }
        bytes += Array(String(repeating: "| ", count: 200_000).utf8)
        let extraction = extractor.extract(try ArticleInput(file: "table.txt", bytes: bytes))
        #expect(!extraction.proposals.isEmpty)
        #expect(extraction.proposals.allSatisfy { $0.sentence.utf8.count < 10_000 })
    }

    @Test("mutated seed articles: truncation, byte flips, NUL bytes, invalid UTF-8, duplicated spans")
    func mutatedArticles() {
        var generator = SplitMix64(seed: 3)
        for round in 0..<200 {
            var bytes = seedBytes[round % seedBytes.count]
            switch round % 5 {
            case 0: bytes = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count + 1))))
            case 1:
                for _ in 0..<8 { bytes[Int(generator.next() % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: generator.next()) }
            case 2: bytes.insert(0, at: Int(generator.next() % UInt64(bytes.count)))
            case 3: bytes.insert(contentsOf: [0xC3], at: Int(generator.next() % UInt64(bytes.count)))
            default:
                let start = Int(generator.next() % UInt64(bytes.count))
                let end = min(bytes.count, start + Int(generator.next() % 400))
                bytes.insert(contentsOf: bytes[start..<end], at: Int(generator.next() % UInt64(bytes.count)))
            }
            check(bytes)
        }
    }

    @Test("empty files, a lone front matter, whitespace only")
    func emptyInputs() throws {
        for text in ["", "---\n", "---\n---\n", "---\ntitle: x\npublished: 2024\n---\n", "   \n\n\t", "\u{FEFF}"] {
            check(Array(text.utf8))
        }
        let empty = extractor.extract(try ArticleInput(file: "e.txt", bytes: []))
        #expect(empty.proposals.isEmpty && empty.sentenceCount == 0)
    }

    @Test("one multi-megabyte line without a period")
    func hugeLine() throws {
        let sentence = Array("Iran has supplied hundreds of drones to Russia and ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(3_000_000)
        while bytes.count < 3_000_000 { bytes += sentence }
        let extraction = extractor.extract(try ArticleInput(file: "huge.txt", bytes: bytes))
        #expect(!extraction.proposals.isEmpty)
        #expect(extraction.proposals.allSatisfy { $0.sentence.utf8.count < 10_000 })
    }
}
