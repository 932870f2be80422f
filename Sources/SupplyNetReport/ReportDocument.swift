import SupplyNet

/// A report's Markdown split into prose and `supplynet` blocks, in order.
///
/// A block is a fenced code block whose info string starts with the word `supplynet`
/// (```` ```supplynet ```` or `~~~supplynet`); fences of other languages are prose, so a
/// `supplynet` fence shown inside a ```` ```markdown ```` example stays an example.
public struct ReportDocument: Hashable, Sendable {
    public enum Part: Hashable, Sendable {
        /// Markdown as the author wrote it, with its lines' end.
        case prose(String)
        case block(ReportBlock)
    }

    /// The report's path as the user named it, for messages.
    public let file: String
    public let parts: [Part]

    /// Splits `markdown`.
    /// - Throws: `ReportError` at the opening fence of a `supplynet` block that is never closed.
    public init(markdown: String, file: String) throws(ReportError) {
        self.file = file
        var parts: [Part] = []
        var prose = ""
        var open: (fence: Fence, line: Int, isBlock: Bool, body: [ReportBlock.Line])?
        for (index, (line, ending)) in Self.lines(of: markdown).enumerated() {
            let number = index + 1
            if let current = open {
                if Fence.closes(current.fence, line) {
                    if current.isBlock {
                        if !prose.isEmpty { parts.append(.prose(prose)) }
                        prose = ""
                        parts.append(.block(ReportBlock(location: SourceLocation(file: file, line: current.line), lines: current.body)))
                    } else {
                        prose += line + ending
                    }
                    open = nil
                } else if current.isBlock {
                    open?.body.append(ReportBlock.Line(number: number, text: String(line)))
                } else {
                    prose += line + ending
                }
                continue
            }
            if let fence = Fence(opening: line) {
                let isBlock = fence.language == "supplynet"
                open = (fence, number, isBlock, [])
                if !isBlock { prose += line + ending }
                continue
            }
            prose += line + ending
        }
        if let current = open, current.isBlock {
            throw ReportError(
                SourceLocation(file: file, line: current.line),
                "this supplynet block is never closed; end it with a line of \(String(repeating: current.fence.character, count: current.fence.count))")
        }
        if !prose.isEmpty { parts.append(.prose(prose)) }
        self.parts = parts
    }

    /// Each line and its ending (`\n`, `\r\n`, which Swift holds as one character, or nothing at the end).
    private static func lines(of text: String) -> [(Substring, Substring)] {
        var lines: [(Substring, Substring)] = []
        var start = text.startIndex
        var index = start
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "\n" || text[index] == "\r\n" {
                lines.append((text[start..<index], text[index..<next]))
                start = next
            }
            index = next
        }
        lines.append((text[start...], ""))
        return lines
    }

    /// The blocks, in order.
    public var blocks: [ReportBlock] {
        parts.compactMap { if case .block(let block) = $0 { block } else { nil } }
    }
}

/// The text of one `supplynet` block: its lines with their numbers in the report.
public struct ReportBlock: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public let number: Int
        public let text: String

        public init(number: Int, text: String) {
            self.number = number
            self.text = text
        }
    }

    /// The report file and the line of the opening fence.
    public let location: SourceLocation
    public let lines: [Line]

    public init(location: SourceLocation, lines: [Line]) {
        self.location = location
        self.lines = lines
    }
}

/// A CommonMark code fence: three or more backticks or tildes, indented at most three spaces.
struct Fence: Hashable {
    let character: Character
    let count: Int
    /// The first word of the info string, lowercased.
    let language: String

    init?(opening line: Substring) {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let first = rest.first, first == "`" || first == "~" else { return nil }
        let run = rest.prefix { $0 == first }.count
        guard run >= 3 else { return nil }
        let info = rest.dropFirst(run)
        // A backtick fence's info string may not hold a backtick.
        if first == "`", info.contains("`") { return nil }
        character = first
        count = run
        language = info.split(whereSeparator: \.isWhitespace).first.map { $0.lowercased() } ?? ""
    }

    /// Whether `line` closes `fence`: the same character, at least as many, nothing after but spaces.
    static func closes(_ fence: Fence, _ line: Substring) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return false }
        let rest = line.dropFirst(indent)
        let run = rest.prefix { $0 == fence.character }.count
        return run >= fence.count && rest.dropFirst(run).allSatisfy(\.isWhitespace)
    }
}
