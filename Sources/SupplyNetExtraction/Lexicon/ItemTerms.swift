import SupplyNet

/// Generic English words for what flows, by category: what any article about arms transfers may
/// say, beyond the registry's names, aliases and designations. No designation of a particular
/// weapon belongs here: those are the registry's item aliases (data, per network), and a
/// designation the registry lacks takes its category from the noun after it (`DesignationMemory`). Each maps to the registry item of that
/// category with the plainest name; a category the registry lacks is reported as unknown.
enum ItemTerms {
    static let table: [(ItemCategory, [String])] = [
        (.drone, ["drone engines", "drone parts", "drone components", "unmanned aerial systems", "one-way attack drones", "reconnaissance drones", "strike drones", "drone", "drones", "UAV", "UAVs", "unmanned aerial vehicles", "unmanned aerial vehicle", "kamikaze drones", "combat drones", "attack drones", "suicide drones", "loitering munitions", "unmanned aircraft", "uncrewed aerial vehicles", "uncrewed aerial vehicle", "uncrewed aerial systems", "uncrewed aircraft", "one-way attack uncrewed aerial vehicles", "one-way attack unmanned aerial vehicles"]),
        (.missile, ["cruise missile", "anti-ship missile", "guided missiles", "rocket", "missile systems", "missile components", "missile parts", "missile", "missiles", "cruise missiles", "rockets", "anti-ship missiles"]),
        (.ballisticMissile, ["close-range ballistic missiles", "short-range ballistic missile", "medium-range ballistic missiles", "tactical ballistic missiles", "ballistic missile launchers", "ballistic missiles", "ballistic missile", "short-range ballistic missiles"]),
        (.artilleryAmmunition, ["artillery shell", "artillery round", "rounds of artillery ammunition", "152-millimetre shells", "122-millimetre shells", "155-millimetre shells", "rocket artillery ammunition", "artillery shells", "artillery ammunition", "artillery munitions", "artillery rounds", "shells", "155mm shells", "152mm shells", "122mm shells", "howitzer rounds", "155mm howitzer rounds", "mortar rounds", "mortar shells"]),
        (.tankAmmunition, ["tank ammunition", "tank munitions", "tank rounds", "tank shells"]),
        (.ammunition, ["ammunition", "munitions", "bullets", "small arms ammunition", "cartridges", "rounds of ammunition"]),
        (.fighterAircraft, ["fighter planes", "fighter-jets", "multirole fighters", "multirole fighter jets", "combat jets", "combat planes", "jets", "fighter jets", "fighter jet", "fighter aircraft", "fighters", "fighter-bombers", "warplanes", "combat aircraft"]),
        (.trainerAircraft, ["trainer jets", "trainer jet", "jet trainers", "training jet", "trainer aircraft", "training jets", "training aircraft", "combat trainer aircraft", "training fighter jets"]),
        (.helicopter, ["military helicopters", "transport helicopters", "helicopter parts", "helicopter spare parts", "helicopters", "helicopter", "attack helicopters", "combat helicopters"]),
        (.airDefense, ["air defense system", "air defence system", "air-defense systems", "air-defence systems", "anti-aircraft missiles", "anti-aircraft missile systems", "interceptors", "interceptor missiles", "missile defense systems", "missile defence systems", "surface-to-air missile systems", "air defence interceptors", "air defense interceptors", "air defence missiles", "air defense missiles", "air-defence missiles", "air-defense missiles", "air defense", "air defence", "air defenses", "air defences", "air defense systems", "air defence systems", "anti-aircraft defenses", "anti-aircraft systems", "surface-to-air missiles"]),
        (.radar, ["radar system", "radar stations", "early-warning radar", "early warning radars", "radar", "radars", "radar equipment", "radar systems"]),
        (.electronics, ["electronic warfare systems", "electronic-warfare systems", "electronic warfare equipment", "electronic-warfare equipment", "jamming equipment", "jammers", "microchips", "chips", "computer chips", "microcontrollers", "microprocessors", "processors", "integrated circuits", "semiconductor components", "electronic parts", "GPS modules", "GPS receivers", "navigation modules", "navigation systems", "satellite navigation modules", "flight controllers", "flight control units", "gyroscopes", "fibre-optic gyroscopes", "fiber-optic gyroscopes", "transceivers", "servo motors", "thermal cameras", "electronics", "electronic equipment", "electronic components", "microelectronics", "semiconductors"]),
        (.militaryEquipment, ["optical sights", "rifle sights", "thermal sights", "thermal imaging devices", "thermal imagers", "night-vision devices", "night vision devices", "self-propelled guns", "guns", "tanks", "battle tanks", "main battle tanks", "armoured vehicles", "armored vehicles", "armoured personnel carriers", "armored personnel carriers", "infantry fighting vehicles", "howitzers", "self-propelled howitzers", "artillery systems", "artillery pieces", "artillery guns", "multiple rocket launchers", "multiple-launch rocket systems", "rocket launchers", "small arms", "rifles", "assault rifles", "machine guns", "lethal weapons", "lethal aid", "military goods", "military items", "defence equipment", "defense equipment", "defensive equipment", "war materiel", "materiel", "military vehicles", "warships", "warship", "submarine", "frigate", "frigates", "corvette", "corvettes", "patrol boats", "patrol vessels", "landing craft", "naval vessels", "armaments", "weapons", "arms", "weaponry", "military equipment", "military hardware", "military components", "military support", "defense support", "defence support", "military supplies", "military and technical support", "military-technical support", "security cooperation", "arms deliveries", "supplies"]),
        (.capturedWeapons, ["captured weapons", "captured arms", "captured US weapons", "captured US arms", "captured Western weapons"]),
        (.technology, ["technical assistance", "technological assistance", "expertise", "technology transfer", "technology transfers", "satellite technology", "space technology", "nuclear technology", "missile technology", "drone technology", "production lines", "machine tools", "technology", "military technology", "weapons development", "weapons technology", "know-how", "licence", "license",
            "licences", "licenses", "production licence", "production license", "blueprints", "technical documentation", "designs", "technologies",
            "military technologies", "space programme", "space program", "satellite programme", "satellite program", "submarine programme", "submarine technology", "submarine technologies",
            "submarine program", "space programmes", "space programs", "technical help", "technological help", "technical support",
            "engineering help", "engineering support"]),
        (.training, ["training", "military training", "instruction"]),
        (.humanitarianAid, ["humanitarian aid", "humanitarian assistance", "humanitarian support", "development support", "economic support",
            "reconstruction assistance", "reconstruction aid", "reconstruction support", "recovery assistance"]),
        (.financialAid, ["financial aid", "financial assistance", "economic aid", "budget support", "loans",
            // A sum given ("will give 150 million euro to Ukraine"); "worth 5 million euros" and "60 billion
            // dollars in military aid" are not (`UnitBuilder`).
            "million euro", "million euros", "million dollars", "million pounds", "million kroner", "million krona", "million kronor", "million yen", "million francs", "million zlotys", "million zloty", "billion euro", "billion euros", "billion dollars", "billion pounds", "billion kroner", "billion krona", "billion kronor", "billion yen", "billion francs", "billion zlotys", "billion zloty"]),
    ]

    /// Phrases whose flow is aid rather than a transfer: assistance packages.
    static let aidTerms: [(ItemCategory, [String])] = [
        (.militaryEquipment, ["military assistance", "military aid", "security assistance", "assistance packages", "military assistance packages",
            "defence assistance", "defense assistance", "defence-related assistance", "defense-related assistance"]),
    ]

    /// Words that make a phrase an aid phrase when they head it.
    static let aidHeads: Set<String> = ["assistance", "aid"]
}
