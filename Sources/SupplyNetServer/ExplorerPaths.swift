import SupplyNet

/// The explorer's URLs, in one place: every link a page or a drawing writes comes from here.
enum ExplorerPaths {
    static func actor(_ id: ActorID) -> String { "/actor/" + component(id.rawValue) }
    static func flow(_ id: FlowID) -> String { "/flow/" + component(id.rawValue) }
    static func source(_ id: SourceID) -> String { "/source/" + component(id.rawValue) }
    static func paths(from: ActorID, to: ActorID) -> String { "/paths/" + component(from.rawValue) + "/" + component(to.rawValue) }
    static func claimAnchor(_ id: ClaimID) -> String { "claim-" + id.rawValue.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }

    /// A path component: ids are slugs, but a hostile one is percent-encoded, never raw.
    static func component(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if (byte < 0x80 && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)))) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            {
                result.unicodeScalars.append(scalar)
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    /// A query string of `parameters`, percent-encoded; empty when there are none.
    static func query(_ parameters: [(String, String)]) -> String {
        guard !parameters.isEmpty else { return "" }
        return "?" + parameters.map { component($0.0) + "=" + component($0.1) }.joined(separator: "&")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: Swift.max(0, width - count)) + self }
}
