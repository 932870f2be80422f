/// One source's statement about a flow, quoted verbatim.
public struct Claim: Hashable, Sendable {
    /// `<source-id>-<n>`: the claim's position in its claims file, counting from 1.
    public var id: ClaimID
    public var status: ClaimStatus
    public var source: SourceID
    /// Words that occur verbatim in the source's text.
    public var quote: String
    /// Who the source attributes the statement to ("John Kirby").
    public var speaker: String?
    /// The actor the speaker speaks for.
    public var party: ActorID?
    /// When the statement was made, when the source says.
    public var said: PartialDate?
    /// The time the claim refers to.
    public var period: Period?
    public var quantity: Quantity?
    /// False for a claim `supplynet extract` proposed and nobody has reviewed (`review: unreviewed`):
    /// views leave it out unless asked.
    public var isReviewed: Bool

    public init(
        id: ClaimID, status: ClaimStatus, source: SourceID, quote: String, speaker: String? = nil,
        party: ActorID? = nil, said: PartialDate? = nil, period: Period? = nil, quantity: Quantity? = nil,
        isReviewed: Bool = true
    ) {
        self.id = id
        self.status = status
        self.source = source
        self.quote = quote
        self.speaker = speaker
        self.party = party
        self.said = said
        self.period = period
        self.quantity = quantity
        self.isReviewed = isReviewed
    }
}
