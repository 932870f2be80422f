import Foundation
import SupplyNet

/// A thing a proposal says flows: a registry item when there is one, and its category.
public struct ProposedItem: Hashable, Sendable {
    /// The registry item, or nil when the registry has no item of this category.
    public var item: ItemID?
    public var category: ItemCategory
    /// The words of the sentence that name it.
    public var text: String

    public init(item: ItemID?, category: ItemCategory, text: String) {
        self.item = item
        self.category = category
        self.text = text
    }
}

/// A claim extraction proposes for an analyst to review: a flow, a status, and the sentence that
/// supports it, verbatim, with where it is in the file.
public struct Proposal: Hashable, Sendable {
    public var from: ActorID
    public var to: ActorID
    public var kind: FlowKind
    public var status: ClaimStatus
    public var items: [ProposedItem]
    /// The sentence, exactly as in the file.
    public var sentence: String
    /// UTF-8 byte offsets of the sentence in the whole file (front matter included): the file's
    /// bytes `start..<end` are `sentence`.
    public var start: Int
    public var end: Int
    /// 1-based line and column (in bytes) of `start`.
    public var line: Int
    public var column: Int
    /// From 0 to 1: how sure the rule that made it is (see docs/extraction.md).
    public var confidence: Double
    /// Who the sentence attributes it to ("John Kirby"), and the actor they speak for.
    public var speaker: String?
    public var party: ActorID?
    /// When the speaker said it, when the sentence says ("told reporters on Dec. 9").
    public var said: PartialDate?
    public var quantity: Quantity?
    /// The category of the item `quantity` counts; nil for a sum of money, which counts the whole flow.
    public var quantityCategory: ItemCategory?
    public var period: Period?
    /// The pattern that produced it, for the reviewer ("give: X supplied Y with Z").
    public var rule: String

    /// The item categories, or none for a flow without items.
    public var categories: [ItemCategory] { items.map(\.category) }
}

/// A name or designation an article uses that the registry lacks.
public struct NameSuggestion: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A state the registry lacks ("China").
        case state
        /// A person's name ("Vedant Patel").
        case person
        /// A body or group ("Institute for the Study of War").
        case organization
        /// A weapon-like designation ("Su-35", "Shahed-136").
        case designation
        /// Another capitalised name.
        case name
    }

    public var text: String
    public var kind: Kind
    /// How many times the article uses it.
    public var count: Int
    /// Where it first occurs: byte offset, line and column.
    public var start: Int
    public var line: Int
    public var column: Int
    /// What to do about it ("add to registry.yaml as an actor of kind person").
    public var advice: String
}

/// What extraction found in one article.
public struct ArticleExtraction: Sendable {
    public var file: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    public var url: String?
    public var proposals: [Proposal]
    public var suggestions: [NameSuggestion]
    /// Actors the registry lacks that proposals use, in order of first mention.
    public var newActors: [ProposedActor] = []
    /// How many sentences the article has.
    public var sentenceCount: Int
}


/// An actor the registry lacks that an article names in an actor's role, proposed for review.
public struct ProposedActor: Hashable, Sendable {
    /// The slug of `name` (see `slug(_:)`).
    public var id: ActorID
    /// The name as the article first writes it.
    public var name: String
    /// Guessed from the name's head words and its context.
    public var kind: ActorKind
    /// The state it belongs to when the text says ("Iran's Defence Ministry", "the Iranian firm X").
    public var parent: ActorID?
    /// Where it is first mentioned: UTF-8 byte offset in the file, 1-based line and column (bytes).
    public var start: Int
    public var line: Int
    public var column: Int

    public init(id: ActorID, name: String, kind: ActorKind, parent: ActorID? = nil, start: Int, line: Int, column: Int) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parent = parent
        self.start = start
        self.line = line
        self.column = column
    }

    /// The id a name gets: lowercase ASCII with diacritics folded, apostrophes dropped, every other
    /// run of characters that are not letters or digits one "-", none at either end
    /// ("Sa'ad Bin Salih" → "saad-bin-salih", "Rosoboronexport, JSC" → "rosoboronexport-jsc").
    public static func slug(_ name: String) -> ActorID {
        ActorID(IdentifierRules.slug([name]) ?? "actor")
    }
}
