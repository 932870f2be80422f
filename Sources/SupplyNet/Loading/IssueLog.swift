/// Collects every problem a load finds, so one run reports them all, and counts what follows
/// from each, so a cause is reported once ("13 claims refer to this flow") instead of being
/// buried under its consequences.
final class IssueLog {
    private var reported: [ValidationIssue] = []
    /// For an issue: what it kept from being defined ("this flow"), and what refers to that.
    private var consequences: [Int: (subject: String, counts: [String: Int])] = [:]

    /// Reports a problem; returns its number, to count consequences on.
    @discardableResult
    func report(_ location: SourceLocation, _ message: String) -> Int {
        reported.append(ValidationIssue(location, message))
        return reported.count - 1
    }

    /// Counts, instead of reporting, a reference that fails only because of issue `cause`.
    /// - Parameters:
    ///   - what: the referring thing, singular ("claim").
    ///   - subject: what the cause kept from being defined ("this flow").
    func count(_ what: String, on cause: Int, subject: String) {
        consequences[cause, default: (subject, [:])].counts[what, default: 0] += 1
    }

    var isEmpty: Bool { reported.isEmpty }
    /// How many issues have been reported: the number the next one will get.
    var count: Int { reported.count }

    /// Every issue, sorted by place; a cause says what refers to it: "…; 13 claims refer to this flow".
    var issues: [ValidationIssue] {
        reported.enumerated().map { index, issue in
            guard let (subject, counts) = consequences[index] else { return issue }
            let parts = counts.sorted { $0.key < $1.key }.map { $0.value == 1 ? "1 \($0.key)" : "\($0.value) \($0.key)s" }
            let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
            let verb = counts.values.reduce(0, +) == 1 ? "refers" : "refer"
            var issue = issue
            issue.message += "; \(list) \(verb) to \(subject)"
            return issue
        }.sorted()
    }
}
