/// The evaluation as a Markdown table, with what was missed and what was spurious per article.
public enum EvaluationTable {
    public static func markdown(_ evaluation: LeaveOneOutEvaluation) -> String {
        var lines = [
            "| held-out article | threshold (learned on the other four) | curated | proposed | correct | precision | recall | F1 |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for fold in evaluation.folds {
            lines.append(row(fold.source.rawValue, threshold: fold.threshold, fold.score))
        }
        lines.append(row("**overall (micro)**", threshold: nil, evaluation.overall))
        lines.append("")
        for fold in evaluation.folds {
            lines.append("\(fold.source): missed \(fold.missed.isEmpty ? "none" : fold.missed.map(\.description).joined(separator: "; "))")
            lines.append("\(fold.source): spurious \(fold.spurious.isEmpty ? "none" : fold.spurious.map(\.description).joined(separator: "; "))")
        }
        return lines.joined(separator: "\n")
    }

    /// An evaluation set's table: per article, overall and per flow kind; with `details`, what
    /// was missed and what was spurious per article.
    public static func markdown(_ evaluation: SetEvaluation, details: Bool) -> String {
        var lines = [
            "| article (proposals at confidence ≥ \(format(evaluation.threshold))) | gold | proposed | correct | precision | recall | F1 |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        let row = { (name: String, score: Score) in
            "| \(name) | \(score.truePositives + score.falseNegatives) | \(score.truePositives + score.falsePositives) | \(score.truePositives) | "
                + "\(format(score.precision)) | \(format(score.recall)) | \(format(score.f1)) |"
        }
        for article in evaluation.articles { lines.append(row(article.name, article.score)) }
        lines.append(row("**overall (micro)**", evaluation.overall))
        for (kind, score) in evaluation.byKind { lines.append(row("kind: \(kind.rawValue)", score)) }
        if details {
            lines.append("")
            for article in evaluation.articles {
                lines.append("\(article.name): missed \(article.missed.isEmpty ? "none" : article.missed.map(\.description).joined(separator: "; "))")
                lines.append("\(article.name): spurious \(article.spurious.isEmpty ? "none" : article.spurious.map(\.description).joined(separator: "; "))")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ name: String, threshold: Double?, _ score: Score) -> String {
        let proposed = score.truePositives + score.falsePositives
        let curated = score.truePositives + score.falseNegatives
        return "| \(name) | \(threshold.map { format($0) } ?? "") | \(curated) | \(proposed) | \(score.truePositives) | \(format(score.precision)) | \(format(score.recall)) | \(format(score.f1)) |"
    }

    static func format(_ value: Double) -> String {
        let scaled = Int((value * 100).rounded())
        return "\(scaled / 100).\(scaled % 100 < 10 ? "0" : "")\(scaled % 100)"
    }
}
