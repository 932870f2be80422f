/// Collects every problem a load finds, so one run reports them all.
final class IssueLog {
    private(set) var issues: [ValidationIssue] = []

    func report(_ location: SourceLocation, _ message: String) {
        issues.append(ValidationIssue(location, message))
    }

    var isEmpty: Bool { issues.isEmpty }
}
