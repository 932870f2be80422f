import SupplyNet

/// Generic English words for what flows, by category: what any article about arms transfers may
/// say, beyond the registry's names, aliases and designations. No designation of a particular
/// weapon belongs here: those are the registry's item aliases (data, per network), and a
/// designation the registry lacks takes its category from the noun after it (`DesignationMemory`). Each maps to the registry item of that
/// category with the plainest name; a category the registry lacks is reported as unknown.
enum ItemTerms {
    static let table: [(ItemCategory, [String])] = [
        (.drone, ["drone", "drones", "UAV", "UAVs", "unmanned aerial vehicles", "unmanned aerial vehicle", "kamikaze drones", "combat drones", "attack drones", "suicide drones", "loitering munitions", "unmanned aircraft"]),
        (.missile, ["missile", "missiles", "cruise missiles", "rockets", "anti-ship missiles"]),
        (.ballisticMissile, ["ballistic missiles", "ballistic missile", "short-range ballistic missiles"]),
        (.artilleryAmmunition, ["artillery shells", "artillery ammunition", "artillery munitions", "artillery rounds", "shells", "155mm shells", "152mm shells", "122mm shells", "howitzer rounds", "155mm howitzer rounds", "mortar rounds", "mortar shells"]),
        (.tankAmmunition, ["tank ammunition", "tank munitions", "tank rounds", "tank shells"]),
        (.ammunition, ["ammunition", "munitions", "bullets", "small arms ammunition", "cartridges", "rounds of ammunition"]),
        (.fighterAircraft, ["jets", "fighter jets", "fighter jet", "fighter aircraft", "fighters", "fighter-bombers", "warplanes", "combat aircraft"]),
        (.trainerAircraft, ["trainer aircraft", "training jets", "training aircraft", "combat trainer aircraft", "training fighter jets"]),
        (.helicopter, ["helicopters", "helicopter", "attack helicopters", "combat helicopters"]),
        (.airDefense, ["air defense", "air defence", "air defenses", "air defences", "air defense systems", "air defence systems", "anti-aircraft defenses", "anti-aircraft systems", "surface-to-air missiles"]),
        (.radar, ["radar", "radars", "radar equipment", "radar systems"]),
        (.electronics, ["electronics", "electronic equipment", "electronic components", "microelectronics", "semiconductors"]),
        (.militaryEquipment, ["weapons", "arms", "weaponry", "military equipment", "military hardware", "military components", "military support", "defense support", "defence support", "military supplies", "military and technical support", "military-technical support", "security cooperation", "arms deliveries", "supplies"]),
        (.capturedWeapons, ["captured weapons", "captured arms", "captured US weapons", "captured US arms", "captured Western weapons"]),
        (.technology, ["technology", "military technology", "weapons development", "weapons technology", "know-how", "licence", "license",
            "licences", "licenses", "production licence", "production license", "blueprints", "technical documentation"]),
        (.training, ["training", "military training", "instruction"]),
        (.humanitarianAid, ["humanitarian aid", "humanitarian assistance", "humanitarian support", "development support", "economic support"]),
        (.financialAid, ["financial aid", "financial assistance", "economic aid", "budget support", "loans"]),
    ]

    /// Phrases whose flow is aid rather than a transfer: assistance packages.
    static let aidTerms: [(ItemCategory, [String])] = [
        (.militaryEquipment, ["military assistance", "military aid", "security assistance", "assistance packages", "military assistance packages"]),
    ]

    /// Words that make a phrase an aid phrase when they head it.
    static let aidHeads: Set<String> = ["assistance", "aid"]
}
