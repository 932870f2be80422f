/// Why a network could not be loaded.
public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing exists at the path.
    case dataFolderMissing(path: String)
    /// The path is neither a folder nor a file whose extension names a format (`.json`,
    /// `.jsonl`), or it is standard input and no format was given.
    case formatUnknown(path: String)
    /// The data was read, and these problems were found (all of them, sorted by place).
    case invalid([ValidationIssue])

    public var issues: [ValidationIssue] {
        if case .invalid(let issues) = self { return issues }
        return []
    }

    public var description: String {
        switch self {
        case .dataFolderMissing(let path):
            return "\(path): error: no data here; give the folder that holds registry.yaml, flows.yaml, articles/ and claims/, a .json export or a .jsonl bulk file"
        case .formatUnknown(let path):
            return "\(path): error: cannot tell the format of this data; name a folder, a .json export or a .jsonl bulk file, or say which format it is (\(DataFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .invalid(let issues):
            let count = issues.count == 1 ? "1 problem" : "\(issues.count) problems"
            return (issues.map(\.description) + ["\(count) found; nothing was written."]).joined(separator: "\n")
        }
    }
}
