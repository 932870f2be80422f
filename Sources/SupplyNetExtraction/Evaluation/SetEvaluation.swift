import Foundation
import SupplyNet

/// Extraction scored on an evaluation set: articles its rules were not written from, each with
/// gold claims (evaluation/extraction/README.md), at the confidence a user gets by default.
///
/// Tuples are compared as in `LeaveOneOutEvaluation` (from, to, kind, item category), cooperation
/// without direction, and a proposed actor the registry lacks counts as the gold's actor whose
/// name or alias has its slug.
public struct SetEvaluation: Sendable {
    /// One article's result.
    public struct Article: Sendable {
        public var name: String
        public var score: Score
        public var missed: [FlowTuple]
        public var spurious: [FlowTuple]
    }

    public var articles: [Article]
    public var threshold: Double

    /// Micro-averaged over the articles: counts summed, then the ratios.
    public var overall: Score { articles.map(\.score).reduce(Score(), +) }

    /// The overall score of each flow kind, counted over the articles' tuples of that kind.
    public var byKind: [(FlowKind, Score)] {
        FlowKind.allCases.compactMap { kind in
            var score = Score()
            for article in articles {
                score.falseNegatives += article.missed.count { $0.kind == kind }
                score.falsePositives += article.spurious.count { $0.kind == kind }
            }
            score.truePositives = byKindCorrect[kind] ?? 0
            return score.truePositives + score.falsePositives + score.falseNegatives == 0 ? nil : (kind, score)
        }
    }
    private var byKindCorrect: [FlowKind: Int] = [:]

    /// Scores every `*.txt` of `folder` against its gold file, loading each gold's registry: `seeds`
    /// is the data folder `seeds`, any other a data folder relative to the split's parent
    /// (evaluation/extraction/networks/myanmar).
    public init(folder: String, threshold: Double, seeds: String) throws(ExtractionError) {
        let parent = (folder as NSString).deletingLastPathComponent
        try self.init(folder: folder, threshold: threshold) { (name: String) throws(ExtractionError) -> Network in
            let path = name == "seeds" ? seeds : (parent as NSString).appendingPathComponent(name)
            do {
                return try NetworkLoader(path: path).load()
            } catch {
                throw ExtractionError(file: path, message: "the registry '\(name)' does not load: \(String(describing: error))")
            }
        }
    }

    /// Scores every `*.txt` of `folder` against its gold file.
    /// - Parameter registry: the network whose registry an article's gold names (`seeds`, or a
    ///   folder relative to the set's parent), loaded by the caller.
    /// - Throws: `ExtractionError` for an article or gold file that cannot be read.
    public init(folder: String, threshold: Double, registry: (String) throws(ExtractionError) -> Network) throws(ExtractionError) {
        self.threshold = threshold
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        } catch {
            throw ExtractionError(file: folder, message: "cannot list the folder; name an evaluation split such as evaluation/extraction/dev")
        }
        guard !names.isEmpty else { throw ExtractionError(file: folder, message: "no articles (*.txt) here; name an evaluation split such as evaluation/extraction/dev") }
        var extractors: [String: Extractor] = [:]
        articles = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            let gold = try GoldArticle(article: path)
            let extractor: Extractor
            if let cached = extractors[gold.registry] {
                extractor = cached
            } else {
                extractor = Extractor(network: try registry(gold.registry))
                extractors[gold.registry] = extractor
            }
            let proposals = extractor.extract(try ArticleInput.read(path: path)).proposals.filter { $0.confidence >= threshold }
            let proposed = Set(proposals.flatMap(FlowTuple.tuples(of:)).map {
                FlowTuple(from: gold.goldID(for: $0.from), to: gold.goldID(for: $0.to), kind: $0.kind, category: $0.category).unordered
            })
            let curated = gold.tuples
            for tuple in proposed.intersection(curated) { byKindCorrect[tuple.kind, default: 0] += 1 }
            articles.append(Article(
                name: String(name.dropLast(4)), score: Score(proposed: proposed, curated: curated),
                missed: curated.subtracting(proposed).sorted(), spurious: proposed.subtracting(curated).sorted()))
        }
    }
}
