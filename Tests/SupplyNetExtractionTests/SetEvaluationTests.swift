import Foundation
import SupplyNet
import Testing

@testable import SupplyNetExtraction

@Suite("Evaluation on a set of articles the rules were not written from")
struct SetEvaluationTests {
    /// A one-article split in a temporary folder.
    static func split(article: String, gold: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("set-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try article.write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try gold.write(toFile: folder + "/a.gold.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    @Test("cooperation is scored without direction; other kinds keep theirs")
    func unorderedCooperation() {
        let forward = FlowTuple(from: "RUS", to: "IRN", kind: .cooperation, category: nil)
        let backward = FlowTuple(from: "IRN", to: "RUS", kind: .cooperation, category: nil)
        #expect(forward.unordered == backward.unordered)
        let transfer = FlowTuple(from: "RUS", to: "IRN", kind: .transfer, category: nil)
        #expect(transfer.unordered == transfer)
    }

    @Test("a proposed actor counts as the gold's actor whose name or alias has its slug")
    func newActorsBySlug() throws {
        let folder = try Self.split(article: "x\n", gold: """
            registry: seeds
            actors:
              - {id: korean-peoples-army, name: Korean People's Army, kind: public-body, parent: PRK, aliases: [KPA]}
            claims: []
            """)
        let gold = try GoldArticle(article: folder + "/a.txt")
        #expect(gold.goldID(for: "korean-peoples-army") == "korean-peoples-army")
        #expect(gold.goldID(for: "kpa") == "korean-peoples-army")
        #expect(gold.goldID(for: "IRN") == "IRN")
    }

    @Test("a name matches without its leading 'the' and with or without the dots of 'U.S.' and 'L.L.C.'")
    func namesWithoutArticleOrDots() throws {
        let folder = try Self.split(article: "x\n", gold: """
            registry: seeds
            actors:
              - {id: us-department-of-the-treasury, name: US Department of the Treasury, kind: public-body, parent: USA, aliases: [The U.S. Treasury]}
              - {id: al-noor-trading-llc, name: Al Noor Trading L.L.C., kind: company}
            claims: []
            """)
        let gold = try GoldArticle(article: folder + "/a.txt")
        #expect(gold.goldID(for: "us-treasury") == "us-department-of-the-treasury")
        #expect(gold.goldID(for: "al-noor-trading-l-l-c") == "al-noor-trading-llc")
        #expect(gold.goldID(for: "al-noor-trading-llc") == "al-noor-trading-llc")
        #expect(gold.goldID(for: "treasury") == "treasury")
    }

    @Test("a company's name matches with or without its legal form at either end ('Co., Ltd.', 'LLC', 'OOO')")
    func namesWithoutLegalForm() throws {
        let folder = try Self.split(article: "x\n", gold: """
            registry: seeds
            actors:
              - {id: kisaragi-denshi, name: Kisaragi Denshi, kind: company}
              - {id: ooo-vektor-komponent, name: OOO Vektor-Komponent, kind: company}
            claims: []
            """)
        let gold = try GoldArticle(article: folder + "/a.txt")
        #expect(gold.goldID(for: "kisaragi-denshi-co-ltd") == "kisaragi-denshi")
        #expect(gold.goldID(for: "vektor-komponent") == "ooo-vektor-komponent")
        #expect(gold.goldID(for: "vektor-komponent-llc") == "ooo-vektor-komponent")
        #expect(gold.goldID(for: "kisaragi") == "kisaragi")
    }

    @Test("an article's proposals are scored against its gold at the given confidence, per article, overall and per kind")
    func scores() throws {
        let folder = try Self.split(
            article: "---\ntitle: T\npublished: 2024-01-01\n---\nIran has supplied Russia with drones. Russia attacked Ukraine.\n",
            gold: """
                registry: seeds
                claims:
                  - {from: IRN, to: RUS, kind: transfer, category: drone, status: delivered, sentence: "Iran has supplied Russia with drones."}
                  - {from: RUS, to: IRN, kind: cooperation, status: delivered, sentence: "Iran has supplied Russia with drones."}
                """)
        let network = try SeedArticles.network()
        let evaluation = try SetEvaluation(folder: folder, threshold: 0.5) { (_: String) throws(ExtractionError) -> Network in network }
        #expect(evaluation.articles.map(\.name) == ["a"])
        let score = evaluation.overall
        #expect(score.truePositives == 1 && score.falseNegatives == 1)
        #expect(evaluation.articles[0].missed == [FlowTuple(from: "IRN", to: "RUS", kind: .cooperation, category: nil)])
        #expect(evaluation.byKind.first { $0.0 == .transfer }?.1.truePositives == 1)
        let table = EvaluationTable.markdown(evaluation, details: true)
        #expect(table.contains("| **overall (micro)** | 2 |"))
        #expect(table.contains("a: missed IRN → RUS cooperation -"))
    }

    @Test("a split without gold files, or an empty folder, is an error naming the file or folder")
    func errors() throws {
        let folder = try Self.split(article: "x\n", gold: "")
        try FileManager.default.removeItem(atPath: folder + "/a.gold.yaml")
        let network = try SeedArticles.network()
        let missing = #expect(throws: ExtractionError.self) {
            try SetEvaluation(folder: folder, threshold: 0.5) { (_: String) throws(ExtractionError) -> Network in network }
        }
        #expect(missing?.file == folder + "/a.gold.yaml")
        try FileManager.default.removeItem(atPath: folder + "/a.txt")
        let empty = #expect(throws: ExtractionError.self) {
            try SetEvaluation(folder: folder, threshold: 0.5) { (_: String) throws(ExtractionError) -> Network in network }
        }
        #expect(empty?.message.hasPrefix("no articles") == true)
    }
}
