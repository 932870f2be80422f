/// Something that flows: a weapon system, munitions, technology, aid.
public struct Item: Hashable, Sendable {
    public var id: ItemID
    public var name: String
    public var category: ItemCategory
    /// Other names and designations the reporting uses ("Shahed", "kamikaze drones").
    public var aliases: [String]

    public init(id: ItemID, name: String, category: ItemCategory, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.category = category
        self.aliases = aliases
    }
}
