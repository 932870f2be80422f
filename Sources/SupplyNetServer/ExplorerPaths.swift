import Foundation
import SupplyNet

/// The explorer's URLs, in one place: every link a page or a drawing writes comes from here.
enum ExplorerPaths {
    static func actor(_ id: ActorID) -> String { "/actor/" + component(id.rawValue) }
    static func flow(_ id: FlowID) -> String { "/flow/" + component(id.rawValue) }
    static func source(_ id: SourceID) -> String { "/source/" + component(id.rawValue) }
    static func paths(from: ActorID, to: ActorID) -> String { "/paths/" + component(from.rawValue) + "/" + component(to.rawValue) }
    static func claimAnchor(_ id: ClaimID) -> String { "claim-" + id.rawValue.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }

    /// A path component or query value: ids are slugs, but anything else is percent-encoded, never raw.
    static func component(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// RFC 3986's unreserved characters, in ASCII only.
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// A query string of `parameters`, percent-encoded; empty when there are none.
    static func query(_ parameters: [(String, String)]) -> String {
        guard !parameters.isEmpty else { return "" }
        return "?" + parameters.map { component($0.0) + "=" + component($0.1) }.joined(separator: "&")
    }
}
