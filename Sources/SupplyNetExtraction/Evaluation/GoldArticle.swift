import Foundation
import SupplyNet
import Yams

/// An article of an evaluation set and the claims a careful analyst records from it
/// (`<slug>.gold.yaml` beside `<slug>.txt`; the format is in evaluation/extraction/README.md).
public struct GoldArticle: Sendable {
    /// An actor the registry lacks, as the analyst would add it.
    public struct GoldActor: Decodable, Sendable {
        public var id: String
        public var name: String
        public var kind: ActorKind
        public var parent: String?
        public var aliases: [String]?
    }

    /// One claim: who, to whom, what kind, which item category, with its sentence.
    public struct GoldClaim: Decodable, Sendable {
        public var from: String
        public var to: String
        public var kind: FlowKind
        public var category: ItemCategory?
        public var status: ClaimStatus
        public var sentence: String
    }

    private struct File: Decodable {
        var registry: String
        var actors: [GoldActor]?
        var claims: [GoldClaim]
    }

    /// The article's file.
    public var article: String
    /// Whose registry the claims use: `seeds`, or a folder relative to the set's parent.
    public var registry: String
    public var actors: [GoldActor]
    public var claims: [GoldClaim]

    /// Reads `<slug>.gold.yaml` for the article at `path`.
    /// - Throws: `ExtractionError` naming the gold file when it is missing or malformed.
    public init(article path: String) throws(ExtractionError) {
        let goldPath = String(path.dropLast((path as NSString).pathExtension.count + 1)) + ".gold.yaml"
        guard let data = FileManager.default.contents(atPath: goldPath), let text = String(data: data, encoding: .utf8) else {
            throw ExtractionError(file: goldPath, message: "no gold file for \(path); write one (evaluation/extraction/README.md)")
        }
        let file: File
        do {
            file = try YAMLDecoder().decode(File.self, from: text)
        } catch {
            throw ExtractionError(file: goldPath, message: "not a gold file: \(error)")
        }
        article = path
        registry = file.registry
        actors = file.actors ?? []
        claims = file.claims
    }

    /// The gold tuples, one per (from, to, kind, category); cooperation with its ends in order.
    public var tuples: Set<FlowTuple> {
        Set(claims.map { FlowTuple(from: ActorID($0.from), to: ActorID($0.to), kind: $0.kind, category: $0.category).unordered })
    }

    /// A proposed actor id as the gold names it: a proposed new actor's slug matches a gold actor
    /// whose name or alias has that slug, read without a leading "the" and with "U.S." as "US".
    public func goldID(for proposed: ActorID) -> ActorID {
        let key = Self.nameKey(proposed.rawValue)
        for actor in actors {
            let names = [actor.name] + (actor.aliases ?? [])
            let slugs = (names + names.map { $0.replacingOccurrences(of: ".", with: "") }).compactMap { IdentifierRules.slug([$0]) }
            if slugs.contains(where: { Self.nameKey($0) == key }) { return ActorID(actor.id) }
        }
        return proposed
    }

    /// A slug without a leading "the-" or a legal form at either end: "the-state-department" and
    /// "state-department" name one body, "kisaragi-denshi-co-ltd", "ooo-vektor-komponent" and
    /// "kisaragi-denshi", "vektor-komponent" one company.
    static func nameKey(_ slug: String) -> Substring {
        var words = slug.split(separator: "-")
        if words.first == "the" { words.removeFirst() }
        while words.count > 1, let first = words.first, legalForms.contains(first) { words.removeFirst() }
        while words.count > 1, let last = words.last, legalForms.contains(last) { words.removeLast() }
        return Substring(words.joined(separator: "-"))
    }

    static let legalForms: Set<Substring> = [
        "co", "ltd", "limited", "llc", "llp", "inc", "corp", "jsc", "pjsc", "ojsc", "cjsc", "ooo", "oao", "zao", "ao", "pte", "plc",
        "gmbh", "bv", "fze", "fzco", "fzc", "fz", "dmcc", "bhd", "sdn", "sarl", "srl", "sti",
    ]
}

extension FlowTuple {
    /// Cooperation is scored without direction: its ends in a fixed order.
    var unordered: FlowTuple {
        guard kind == .cooperation, to.rawValue < from.rawValue else { return self }
        return FlowTuple(from: to, to: from, kind: kind, category: category)
    }
}
