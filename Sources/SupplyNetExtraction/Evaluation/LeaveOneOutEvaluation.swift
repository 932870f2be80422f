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

    /// Which registry names the extractor of each fold may use.
    public enum Gazetteer: String, Sendable, CaseIterable {
        /// The whole registry, as curated from all the articles.
        case registry
        /// Names always, but an alias only when one of the training articles uses it: what the
        /// registry would have known before the held-out article was read.
        case attestedInTraining
    }

    public var gazetteer: Gazetteer

    /// Runs the evaluation on a data folder's articles and curated claims.
    /// - Throws: `ExtractionError` when an article cannot be read.
    public init(network: Network, dataFolder: String, gazetteer: Gazetteer = .registry) throws(ExtractionError) {
        self.gazetteer = gazetteer
        var articles: [(SourceID, ArticleInput, String, Set<FlowTuple>)] = []
        for source in network.sources {
            let path = (dataFolder as NSString).appendingPathComponent(source.file)
            let article = try ArticleInput.read(path: path)
            articles.append((source.id, article, source.text.lowercased(), FlowTuple.curated(in: network, source: source.id)))
        }
        let shared = Extractor(network: network)
        folds = articles.indices.map { held in
            let trainingIndices = articles.indices.filter { $0 != held }
            var extractor = shared
            if gazetteer == .attestedInTraining {
                let texts = trainingIndices.map { articles[$0].2 }
                let attested = { (alias: String) in texts.contains { $0.contains(alias.lowercased()) } }
                extractor = Extractor(
                    actors: network.actors.map { var actor = $0; actor.aliases = actor.aliases.filter(attested); return actor },
                    items: network.items.map { var item = $0; item.aliases = item.aliases.filter(attested); return item })
            }
            let training = trainingIndices.map { (extractor.extract(articles[$0].1).proposals, articles[$0].3) }
            let threshold = Self.bestThreshold(training)
            let (source, article, _, curated) = articles[held]
            let proposed = Self.tuples(extractor.extract(article).proposals, threshold: threshold)
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
