import Foundation
import SupplyNet
import Testing

@testable import SupplyNetExtraction

@Suite("Evaluation against the curated claims")
struct EvaluationTests {
    @Test("scores count true and false positives and negatives")
    func scoring() {
        let a = FlowTuple(from: "IRN", to: "RUS", kind: .transfer, category: .drone)
        let b = FlowTuple(from: "RUS", to: "IRN", kind: .transfer, category: .helicopter)
        let c = FlowTuple(from: "USA", to: "RUS", kind: .sanction, category: nil)
        let score = Score(proposed: [a, b], curated: [a, c])
        #expect(score.truePositives == 1 && score.falsePositives == 1 && score.falseNegatives == 1)
        #expect(score.precision == 0.5 && score.recall == 0.5 && score.f1 == 0.5)
        #expect(Score().precision == 1 && Score().f1 == 1)
    }

    @Test("the threshold is learned on the training articles only")
    func thresholdFromTraining() throws {
        let network = try SeedArticles.network()
        let evaluation = try LeaveOneOutEvaluation(network: network, dataFolder: SeedArticles.seeds)
        #expect(evaluation.folds.map(\.source.rawValue) == SeedArticles.ids)
        let extractor = Extractor(network: network)
        let data = try SeedArticles.ids.map { id in
            (extractor.extract(try SeedArticles.article(id)).proposals, FlowTuple.curated(in: network, source: SourceID(id)))
        }
        for (index, fold) in evaluation.folds.enumerated() {
            let training = data.indices.filter { $0 != index }.map { data[$0] }
            #expect(fold.threshold == LeaveOneOutEvaluation.bestThreshold(training))
        }
    }

    @Test("leave-one-article-out meets the targets: F1 at least 0.8, precision at least 0.85")
    func meetsTargets() throws {
        let evaluation = try LeaveOneOutEvaluation(network: try SeedArticles.network(), dataFolder: SeedArticles.seeds)
        #expect(evaluation.overall.f1 >= 0.8)
        #expect(evaluation.overall.precision >= 0.85)
        #expect(evaluation.overall.truePositives + evaluation.overall.falseNegatives == 76)
    }
}

@Suite("Evaluation with a strict gazetteer")
struct StrictGazetteerTests {
    @Test("with only the aliases the training articles use, extraction still meets the targets")
    func strict() throws {
        let evaluation = try LeaveOneOutEvaluation(
            network: try SeedArticles.network(), dataFolder: SeedArticles.seeds, gazetteer: .attestedInTraining)
        #expect(evaluation.overall.f1 >= 0.8)
        #expect(evaluation.overall.precision >= 0.85)
    }
}
