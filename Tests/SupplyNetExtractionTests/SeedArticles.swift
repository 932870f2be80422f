import Foundation
import SupplyNet
import SupplyNetExtraction

/// The seed data, for tests that extract from the real articles.
enum SeedArticles {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = packageRoot.appendingPathComponent("seeds").path

    static func network() throws -> Network { try NetworkLoader(path: seeds).load() }

    static func article(_ id: String) throws -> ArticleInput {
        try ArticleInput.read(path: seeds + "/articles/\(id).txt")
    }

    static let ids = [
        "expanding-cooperation-2023-05-17", "kirby-unprecedented-support-2022-12", "voa-dangerous-partnership-2023-05",
        "white-house-warns-2023-02-24", "wion-defence-partnership-2023-05-15",
    ]
}
