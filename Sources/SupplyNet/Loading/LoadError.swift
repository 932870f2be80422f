/// Why a data folder could not be loaded.
public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The folder does not exist or is not a folder.
    case dataFolderMissing(path: String)
    /// The folder was read, and these problems were found (all of them, sorted by place).
    case invalid([ValidationIssue])

    public var issues: [ValidationIssue] {
        if case .invalid(let issues) = self { return issues }
        return []
    }

    public var description: String {
        switch self {
        case .dataFolderMissing(let path):
            return "\(path): error: no data folder here; pass --data with the folder that holds registry.yaml, flows.yaml, articles/ and claims/"
        case .invalid(let issues):
            let count = issues.count == 1 ? "1 problem" : "\(issues.count) problems"
            return (issues.map(\.description) + ["\(count) found; nothing was written."]).joined(separator: "\n")
        }
    }
}
