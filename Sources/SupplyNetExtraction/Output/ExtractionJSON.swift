import Foundation
import SupplyNet

/// The JSON form of extraction results: stable keys, sorted, one object per article.
public enum ExtractionJSON {
    struct ItemJSON: Encodable {
        let item: String?
        let category: String
        let text: String
    }

    struct QuantityJSON: Encodable {
        let text: String
        let low: Double?
        let high: Double?
        let unit: String
    }

    struct PeriodJSON: Encodable {
        let from: String?
        let to: String?
    }

    struct ProposalJSON: Encodable {
        let from: String
        let to: String
        let kind: String
        let status: String
        let items: [ItemJSON]
        let sentence: String
        let start: Int
        let end: Int
        let line: Int
        let column: Int
        let confidence: Double
        let speaker: String?
        let party: String?
        let said: String?
        let quantity: QuantityJSON?
        let period: PeriodJSON?
        let rule: String
    }

    struct SuggestionJSON: Encodable {
        let text: String
        let kind: String
        let count: Int
        let start: Int
        let line: Int
        let column: Int
        let advice: String
    }

    struct NewActorJSON: Encodable {
        let id: String
        let name: String
        let kind: String
        let parent: String?
        let start: Int
        let line: Int
        let column: Int
    }

    struct ArticleJSON: Encodable {
        let file: String
        let title: String?
        let outlet: String?
        let published: String?
        let url: String?
        let sentences: Int
        let proposals: [ProposalJSON]
        /// Actors the registry lacks that proposals name, by the ids the proposals use.
        let newActors: [NewActorJSON]
        let suggestions: [SuggestionJSON]
    }

    struct Document: Encodable {
        let offsets: String
        let articles: [ArticleJSON]
    }

    /// Encodes the results; `start`/`end` are UTF-8 byte offsets into each whole file.
    public static func encode(_ extractions: [ArticleExtraction]) -> Data {
        let document = Document(
            offsets: "UTF-8 bytes from the start of the file, front matter included; end is exclusive",
            articles: extractions.map { extraction in
                ArticleJSON(
                    file: extraction.file, title: extraction.title, outlet: extraction.outlet, published: extraction.published,
                    url: extraction.url, sentences: extraction.sentenceCount,
                    proposals: extraction.proposals.map { proposal in
                        ProposalJSON(
                            from: proposal.from.rawValue, to: proposal.to.rawValue, kind: proposal.kind.rawValue,
                            status: proposal.status.rawValue,
                            items: proposal.items.map { ItemJSON(item: $0.item?.rawValue, category: $0.category.rawValue, text: $0.text) },
                            sentence: proposal.sentence, start: proposal.start, end: proposal.end, line: proposal.line,
                            column: proposal.column, confidence: proposal.confidence, speaker: proposal.speaker,
                            party: proposal.party?.rawValue, said: proposal.said?.description,
                            quantity: proposal.quantity.map { QuantityJSON(text: $0.text, low: $0.low, high: $0.high, unit: $0.unit) },
                            period: proposal.period.map { PeriodJSON(from: $0.from?.description, to: $0.to?.description) },
                            rule: proposal.rule)
                    },
                    newActors: extraction.newActors.map {
                        NewActorJSON(
                            id: $0.id.rawValue, name: $0.name, kind: $0.kind.rawValue, parent: $0.parent?.rawValue, start: $0.start,
                            line: $0.line, column: $0.column)
                    },
                    suggestions: extraction.suggestions.map {
                        SuggestionJSON(text: $0.text, kind: $0.kind.rawValue, count: $0.count, start: $0.start, line: $0.line, column: $0.column, advice: $0.advice)
                    })
            })
        // Every value here is a string, number, bool, null, array or object: encoding cannot fail.
        return Data((try! JSONText.encoding(document).written(pretty: true) + "\n").utf8)
    }
}
