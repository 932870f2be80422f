import Foundation
import SupplyNet
import Yams

/// An article read for extraction: its bytes, checked to be UTF-8 text, and its optional front
/// matter.
///
/// Offsets everywhere in extraction are UTF-8 byte offsets into the whole file, front matter
/// included: `bytes[start..<end]` is the text a proposal quotes.
public struct ArticleInput: Sendable {
    /// The file name as the user gave it.
    public let file: String
    /// The whole file.
    public let bytes: [UInt8]
    /// Where the article's body starts (after the front matter's closing `---` line), in bytes.
    public let bodyStart: Int
    public let title: String?
    public let outlet: String?
    /// The `published` date as written (YYYY, YYYY-MM or YYYY-MM-DD).
    public let published: String?
    public let url: String?

    /// Reads a file from disk.
    /// - Throws: `ExtractionError` when the file cannot be read or is not UTF-8 text.
    public static func read(path: String) throws(ExtractionError) -> ArticleInput {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ExtractionError(file: path, message: "no such file; check the path")
        }
        guard !isFolder.boolValue else {
            throw ExtractionError(file: path, message: "is a folder; pass the article files inside it (for example \(path)/*.txt)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExtractionError(file: path, message: "cannot be read; check its permissions")
        }
        return try ArticleInput(file: path, bytes: [UInt8](data))
    }

    /// Checks `bytes` and splits off the front matter.
    /// - Throws: `ExtractionError` for a NUL byte (binary data), invalid UTF-8 or bad front matter,
    ///   with the line and column of the first offending byte.
    public init(file: String, bytes: [UInt8]) throws(ExtractionError) {
        self.file = file
        self.bytes = bytes
        if let problem = UTF8Check.firstProblem(in: bytes) {
            let (line, column) = Self.lineAndColumn(of: problem.offset, in: bytes)
            throw ExtractionError(file: file, line: line, column: column, message: problem.message)
        }
        guard let split = FrontMatter(bytes) else {
            bodyStart = 0
            title = nil
            outlet = nil
            published = nil
            url = nil
            return
        }
        bodyStart = split.bodyStart
        let yaml = String(decoding: bytes[split.yaml], as: UTF8.self)
        let fields: [String: String]
        do {
            fields = try Self.fields(of: yaml)
        } catch let error as ExtractionFrontMatterProblem {
            throw ExtractionError(file: file, line: error.line + 1, column: error.column, message: error.message)
        } catch {
            throw ExtractionError(file: file, line: 2, column: 1, message: "front matter is not readable YAML; write 'key: value' lines between the '---' lines")
        }
        title = fields["title"]
        outlet = fields["outlet"]
        published = fields["published"]
        url = fields["url"]
    }

    /// The article's text after the front matter.
    public var body: String { String(decoding: bytes[bodyStart...], as: UTF8.self) }

    /// 1-based line and column (in bytes) of a byte offset.
    public static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    private static func fields(of yaml: String) throws -> [String: String] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            var line = 1
            var column = 1
            if case .scanner(_, _, let mark, _) = error { line = mark.line; column = mark.column }
            if case .parser(_, _, let mark, _) = error { line = mark.line; column = mark.column }
            throw ExtractionFrontMatterProblem(
                line: line, column: column, message: "front matter is not valid YAML; write 'key: value' lines between the '---' lines")
        }
        guard let node else { return [:] }
        guard let mapping = node.mapping else {
            throw ExtractionFrontMatterProblem(line: 1, column: 1, message: "front matter must be 'key: value' lines (title, outlet, published, url)")
        }
        var result: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string, let text = value.string else { continue }
            result[name] = text
        }
        return result
    }
}

private struct ExtractionFrontMatterProblem: Error {
    let line: Int
    let column: Int
    let message: String
}
