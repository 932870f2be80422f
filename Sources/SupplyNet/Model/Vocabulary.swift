// The closed vocabularies of the data format. Extend only by adding cases: the raw values are
// written in seeds/ and read by outside tools through the JSON export.

/// What kind of party an actor is.
public enum ActorKind: String, CaseIterable, Sendable, Codable {
    case state
    case organization
    case armedGroup = "armed-group"
    case company
    case person
    /// An organ of a state: a ministry, an agency, an armed force or one of its branches.
    case publicBody = "public-body"
}

/// What moves along a flow.
public enum FlowKind: String, CaseIterable, Sendable, Codable {
    /// Weapons, munitions, equipment or technology moving from supplier to recipient.
    case transfer
    /// Sanctions, designations, export bans, tariffs: imposer to target.
    case sanction
    /// Financial, humanitarian or military assistance packages.
    case aid
    /// Attacker to target.
    case strike
    /// Joint production, development, training.
    case cooperation
}

/// What a claim says about a flow.
public enum ClaimStatus: String, CaseIterable, Sendable, Codable {
    case delivered
    case offered
    case requested
    case planned
    case alleged
    case denied
    case notObserved = "not-observed"
}

/// The category an item belongs to.
public enum ItemCategory: String, CaseIterable, Sendable, Codable {
    case drone
    case artilleryAmmunition = "artillery-ammunition"
    case tankAmmunition = "tank-ammunition"
    case ammunition
    case ballisticMissile = "ballistic-missile"
    case missile
    case fighterAircraft = "fighter-aircraft"
    case trainerAircraft = "trainer-aircraft"
    case helicopter
    case airDefense = "air-defense"
    case radar
    case electronics
    case militaryEquipment = "military-equipment"
    case capturedWeapons = "captured-weapons"
    case technology
    case training
    case financialAid = "financial-aid"
    case humanitarianAid = "humanitarian-aid"
}
