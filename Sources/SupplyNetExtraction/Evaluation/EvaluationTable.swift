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
