import Foundation

/// Which links a report writes as links: only `http` and `https` to a host, and the report's own
/// `#fragment`s. Anything else (`javascript:`, `data:`, `file:`, relative paths) is written as text.
package enum SafeLink {
    /// `text` when it is an absolute `http` or `https` URL with a host and no spaces or control
    /// characters; nil otherwise.
    package static func web(_ text: String?) -> String? {
        guard let text, !text.isEmpty,
            !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }),
            let components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty
        else { return nil }
        return text
    }

    /// Whether `text` is a link within the page: `#` followed by an id's characters.
    package static func isFragment(_ text: String) -> Bool {
        text.count > 1 && text.hasPrefix("#")
            && text.dropFirst().allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }
    }

    /// Whether `text` is a path on the site serving the page: `/`, then letters, digits and
    /// `-._~/%?=&+`, never `//` (another host), a backslash or a scheme.
    package static func isSitePath(_ text: String) -> Bool {
        text.hasPrefix("/") && !text.hasPrefix("//")
            && text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-._~/%?=&+".unicodeScalars.contains($0)) }
    }
}
