import SupplyNet

/// Generic words for what flows, by category: what any article about arms transfers may say,
/// beyond the registry's names, aliases and designations. Each maps to the registry item of that
/// category with the plainest name; a category the registry lacks is reported as unknown.
enum ItemTerms {
    static let table: [(ItemCategory, [String])] = [
        (.drone, ["drone", "drones", "UAV", "UAVs", "unmanned aerial vehicles", "unmanned aerial vehicle", "kamikaze drones", "combat drones", "attack drones", "suicide drones", "loitering munitions", "unmanned aircraft", "Shahed", "Shaheds", "Shahed-136", "Shahed-131", "Shahed-129", "Geran-2", "Mohajer-6", "Mohajer", "Lancet"]),
        (.missile, ["missile", "missiles", "cruise missiles", "rockets", "anti-ship missiles", "Kh-101", "Kalibr"]),
        (.ballisticMissile, ["ballistic missiles", "ballistic missile", "short-range ballistic missiles", "Fateh-110", "Fateh-360", "Zolfaghar", "Iskander"]),
        (.artilleryAmmunition, ["artillery shells", "artillery ammunition", "artillery munitions", "artillery rounds", "shells", "155mm shells", "152mm shells", "122mm shells", "howitzer rounds", "155mm howitzer rounds", "mortar rounds", "mortar shells"]),
        (.tankAmmunition, ["tank ammunition", "tank munitions", "tank rounds", "tank shells"]),
        (.ammunition, ["ammunition", "munitions", "bullets", "small arms ammunition"]),
        (.fighterAircraft, ["fighter jets", "fighter jet", "fighter aircraft", "fighters", "fighter-bombers", "warplanes", "combat aircraft", "Su-35", "Su-35s", "Su-35 fighter jets", "MiG-29", "MiG-29s", "F-16", "F-16s"]),
        (.trainerAircraft, ["Yak-130", "Yak-130s", "trainer aircraft", "training jets", "training aircraft", "combat trainer aircraft", "training fighter jets"]),
        (.helicopter, ["helicopters", "helicopter", "attack helicopters", "combat helicopters", "Mi-28", "Ka-52", "Mi-17"]),
        (.airDefense, ["air defense", "air defence", "air defenses", "air defences", "air defense systems", "air defence systems", "anti-aircraft defenses", "anti-aircraft systems", "surface-to-air missiles", "S-300", "S-400", "Pantsir"]),
        (.radar, ["radar", "radars", "radar equipment", "radar systems"]),
        (.electronics, ["electronics", "electronic equipment", "electronic components", "microelectronics", "semiconductors"]),
        (.militaryEquipment, ["weapons", "arms", "weaponry", "military equipment", "military hardware", "military components", "military support", "defense support", "defence support", "military supplies", "military and technical support", "military-technical support", "security cooperation", "arms deliveries", "supplies"]),
        (.capturedWeapons, ["captured weapons", "captured arms", "captured US weapons", "captured US arms", "captured Western weapons"]),
        (.technology, ["technology", "military technology", "weapons development", "weapons technology", "know-how"]),
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
