/// Where a file's YAML front matter and its body are: the file starts with a line `---`, and the
/// next line that is exactly `---` closes the front matter. The one splitter for articles (the
/// loader's and extraction's) and reports.
package struct FrontMatter: Hashable, Sendable {
    /// The YAML between the two `---` lines, in bytes from the file's start.
    package let yaml: Range<Int>
    /// Where the body starts, after the closing `---` line.
    package let bodyStart: Int

    /// Finds the front matter in `bytes`, or returns nil when they do not start with one.
    /// - Complexity: O(n) in the length of the front matter.
    package init?(_ bytes: some RandomAccessCollection<UInt8>) {
        let bytes = Array(bytes)
        let dash = UInt8(ascii: "-"), newline = UInt8(ascii: "\n")
        guard bytes.count >= 4, bytes[0] == dash, bytes[1] == dash, bytes[2] == dash, bytes[3] == newline else { return nil }
        var index = 4
        while index < bytes.count {
            if index + 3 <= bytes.count, bytes[index] == dash, bytes[index + 1] == dash, bytes[index + 2] == dash,
                index + 3 == bytes.count || bytes[index + 3] == newline
            {
                yaml = 4..<index
                bodyStart = min(index + 4, bytes.count)
                return
            }
            guard let next = bytes[index...].firstIndex(of: newline) else { return nil }
            index = next + 1
        }
        return nil
    }

    /// `text` split into its front matter's YAML and its verbatim body, or nil without front matter.
    package static func split(_ text: String) -> (yaml: String, body: String)? {
        let bytes = Array(text.utf8)
        guard let found = FrontMatter(bytes) else { return nil }
        return (String(decoding: bytes[found.yaml], as: UTF8.self), String(decoding: bytes[found.bodyStart...], as: UTF8.self))
    }
}
