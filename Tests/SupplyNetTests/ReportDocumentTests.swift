import SupplyNet
import SupplyNetReport
import Testing

@Suite("Reports: supplynet blocks in Markdown")
struct ReportDocumentTests {
    @Test("supplynet fences become blocks with their lines; everything else stays prose, byte for byte")
    func splits() throws {
        let markdown = "# Title\n\nText.\n\n```supplynet\nnetwork --kind sanction\n```\n\nMore.\n~~~~ supplynet extra words\nfocus IRN\n~~~~\nEnd\n"
        let document = try ReportDocument(markdown: markdown, file: "r.md")
        #expect(document.blocks.count == 2)
        #expect(document.blocks[0].location == SourceLocation(file: "r.md", line: 5))
        #expect(document.blocks[0].lines == [ReportBlock.Line(number: 6, text: "network --kind sanction")])
        #expect(document.blocks[1].lines.map(\.number) == [11])
        let prose = document.parts.compactMap { if case .prose(let text) = $0 { text } else { nil } }
        #expect(prose == ["# Title\n\nText.\n\n", "\nMore.\n", "End\n"])
    }

    @Test("a supplynet fence inside another fence is an example, not a block")
    func nestedFence() throws {
        let markdown = "````markdown\n```supplynet\nnetwork\n```\n````\n"
        let document = try ReportDocument(markdown: markdown, file: "r.md")
        #expect(document.blocks.isEmpty)
        #expect(document.parts == [.prose(markdown)])
    }

    @Test("a block never closed is an error at its opening fence")
    func unclosed() {
        #expect(throws: ReportError(SourceLocation(file: "r.md", line: 3), "this supplynet block is never closed; end it with a line of ```")) {
            try ReportDocument(markdown: "Text\n\n```supplynet\nnetwork\n", file: "r.md")
        }
    }

    @Test("CRLF line endings are read like LF")
    func crlf() throws {
        let document = try ReportDocument(markdown: "A\r\n```supplynet\r\nshow IRN RUS\r\n```\r\n", file: "r.md")
        #expect(document.blocks.first?.lines.first?.text == "show IRN RUS")
    }
}
