import SupplyNet

/// A page's question in the command line's words: the subject words from the path, the options
/// from the query string, each parameter named as its option without the dashes
/// (`/paths/IRN/UKR?max-hops=3&kind=transfer` asks `paths IRN UKR --max-hops 3 --kind transfer`),
/// read by the library's one query parser.
struct PageQuery: Hashable, Sendable {
    /// The parameters a page reads itself, which are not query options.
    static let pageParameters: Set<String> = ["step", "q"]
    /// The most parameters, and the longest value, a request may carry.
    static let maximumParameters = 64
    static let maximumValueLength = 400

    let query: NetworkQuery
    /// The words, in a normal order (options sorted, values kept in order): the figure cache's key.
    let normalized: String

    /// Reads `subject` (`["paths", "IRN", "UKR"]`) and `parameters` (name, value) as a query.
    /// A flag is given without a value or with `on` or `true`.
    /// - Throws: `NetworkQueryError` (`.invalid`) for an unknown or malformed option.
    init(subject: [String], parameters: [(String, String)]) throws(NetworkQueryError) {
        let options = parameters.filter { !Self.pageParameters.contains($0.0) }
        guard options.count <= Self.maximumParameters else {
            throw NetworkQueryError(.invalid, nil, "too many parameters: at most \(Self.maximumParameters)")
        }
        var words = subject.map { NetworkQuery.Word(text: $0) }
        var optionWords: [(String, [String])] = []
        for (name, value) in options {
            guard value.count <= Self.maximumValueLength, name.count <= 40 else {
                throw NetworkQueryError(.invalid, nil, "the value of '\(name.prefix(40))' is too long: at most \(Self.maximumValueLength) characters")
            }
            let option = "--" + name
            let pair: [String]
            if Self.isFlag(name) {
                // A checkbox sends `on`; a link may say `true` or `1`, or give the name alone.
                guard ["", "on", "true", "1"].contains(value) else {
                    throw NetworkQueryError(.invalid, nil, "\(option) takes no value, not '\(value.prefix(40))'; give it alone or as \(name)=on")
                }
                pair = [option]
            } else {
                if value.isEmpty { continue }
                pair = [option, value]
            }
            optionWords.append((option, pair))
        }
        for (_, pair) in optionWords { words += pair.map { NetworkQuery.Word(text: $0) } }
        query = try NetworkQuery(words: words, location: nil)
        normalized = (subject + optionWords.sorted { $0.0 < $1.0 }.flatMap(\.1)).joined(separator: "\u{1F}")
    }

    private static func isFlag(_ name: String) -> Bool { NetworkQuery.flagOptions.contains("--" + name) }
}
