import Foundation
import SupplyNet

/// Extraction scored against the curated claims, leave-one-article-out.
///
/// For each article, the one thing extraction learns from curated data, the minimum confidence
/// a proposal needs, is chosen on the other articles (the threshold with the best F1 there) and
/// then applied to the held-out article. The rules and lexicons are generic and name no article;
/// the registry's names and aliases are the gazetteer for every fold (see docs/extraction.md).
public struct LeaveOneOutEvaluation: Sendable {
    /// One held-out article's result.
    public struct Fold: Sendable {
        public var source: SourceID
        /// The minimum confidence learned on the other articles.
        public var threshold: Double
        public var score: Score
        /// Curated tuples extraction missed, and proposed tuples the curators do not have.
        public var missed: [FlowTuple]
        public var spurious: [FlowTuple]
    }

    public var folds: [Fold]

    /// Micro-averaged over the folds: counts summed, then the ratios.
    public var overall: Score { folds.map(\.score).reduce(Score(), +) }

    /// Runs the evaluation on a data folder's articles and curated claims.
    /// - Throws: `ExtractionError` when an article cannot be read.
    public init(network: Network, dataFolder: String) throws(ExtractionError) {
        let extractor = Extractor(network: network)
        var proposalsBySource: [(SourceID, [Proposal], Set<FlowTuple>)] = []
        for source in network.sources {
            let path = (dataFolder as NSString).appendingPathComponent(source.file)
            let article = try ArticleInput.read(path: path)
            let proposals = extractor.extract(article).proposals
            proposalsBySource.append((source.id, proposals, FlowTuple.curated(in: network, source: source.id)))
        }
        folds = proposalsBySource.indices.map { held in
            let training = proposalsBySource.indices.filter { $0 != held }.map { proposalsBySource[$0] }
            let threshold = Self.bestThreshold(training.map { ($0.1, $0.2) })
            let (source, proposals, curated) = proposalsBySource[held]
            let proposed = Self.tuples(proposals, threshold: threshold)
            return Fold(
                source: source, threshold: threshold, score: Score(proposed: proposed, curated: curated),
                missed: curated.subtracting(proposed).sorted(), spurious: proposed.subtracting(curated).sorted())
        }
    }

    static func tuples(_ proposals: [Proposal], threshold: Double) -> Set<FlowTuple> {
        Set(proposals.filter { $0.confidence >= threshold }.flatMap(FlowTuple.tuples(of:)))
    }

    /// The confidence threshold with the best micro F1 on the training articles; ties go to the
    /// higher threshold (fewer, surer proposals).
    static func bestThreshold(_ training: [([Proposal], Set<FlowTuple>)]) -> Double {
        let candidates = Set(training.flatMap { $0.0.map(\.confidence) } + [0]).sorted()
        var best = (threshold: 0.0, f1: -1.0)
        for threshold in candidates {
            let score = training.map { Score(proposed: tuples($0.0, threshold: threshold), curated: $0.1) }.reduce(Score(), +)
            if score.f1 >= best.f1 { best = (threshold, score.f1) }
        }
        return best.threshold
    }
}
