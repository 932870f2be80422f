import SupplyNet

/// The network of `Fixtures/views`, built in code: seven actors, two of which (North Korea, and
/// Shahed Aviation Industries, a member of Iran) no flow uses; four items, one of which (fighter
/// jets) no flow carries; four flows from Iran to Russia that `--group pair` makes one edge, each
/// item with evidence of its own (the missiles' only claim is not-observed); quantities whose
/// words already end with their unit.
enum ViewsNetwork {
    static let december = PartialDate(year: 2022, month: 12, day: 20)!
    static let may = PartialDate(year: 2023, month: 5, day: 10)!

    static func make() -> Network {
        let actors = [
            Actor(id: "IRN", name: "Iran", kind: .state, aliases: ["Tehran"]),
            Actor(id: "RUS", name: "Russia", kind: .state, aliases: ["Moscow"]),
            Actor(id: "USA", name: "United States", kind: .state, aliases: ["Washington"]),
            Actor(id: "UKR", name: "Ukraine", kind: .state, aliases: ["Kyiv"]),
            Actor(id: "wagner-group", name: "Wagner Group", kind: .armedGroup, parent: "RUS"),
            Actor(id: "PRK", name: "North Korea", kind: .state),
            Actor(id: "shahed-industries", name: "Shahed Aviation Industries", kind: .company, parent: "IRN"),
        ]
        let items = [
            Item(id: "shahed-drones", name: "Shahed drones", category: .drone, aliases: ["Shahed"]),
            Item(id: "ballistic-missiles", name: "Ballistic missiles", category: .ballisticMissile),
            Item(id: "artillery-ammunition", name: "Artillery ammunition", category: .artilleryAmmunition),
            Item(id: "fighter-jets", name: "Fighter jets", category: .fighterAircraft),
        ]
        let sources = [
            Source(id: "wire-2022-12", title: "Drones for Russia", outlet: "Test Wire", published: december, file: "articles/wire-2022-12.txt", text: ""),
            Source(id: "wire-2023-05", title: "More drones, and shells", outlet: "Test Wire", published: may, file: "articles/wire-2023-05.txt", text: ""),
        ]
        let flows = [
            Flow(id: "irn-rus-drones", from: "IRN", to: "RUS", kind: .transfer, items: ["shahed-drones"], claims: [
                Claim(
                    id: "wire-2022-12-1", status: .delivered, source: "wire-2022-12",
                    quote: "Iran has delivered more than 400 drones to Russia since August 2022", speaker: "John Kirby",
                    party: "USA", period: Period(from: PartialDate(year: 2022, month: 8)),
                    quantity: Quantity(text: "more than 400", low: 400, unit: "drones")),
                Claim(id: "wire-2023-05-1", status: .denied, source: "wire-2023-05", quote: "Tehran denied sending any drones.", party: "IRN"),
                Claim(
                    id: "wire-2023-05-4", status: .delivered, source: "wire-2023-05", quote: "Hundreds more drones arrived in May",
                    speaker: "officials", period: Period(to: PartialDate(year: 2023, month: 5)),
                    quantity: Quantity(text: "Hundreds more", unit: "drones")),
            ]),
            Flow(id: "irn-rus-missiles", from: "IRN", to: "RUS", kind: .transfer, items: ["ballistic-missiles"], claims: [
                Claim(
                    id: "wire-2022-12-2", status: .notObserved, source: "wire-2022-12",
                    quote: "No ballistic missiles have been seen crossing into Russia", speaker: "John Kirby", party: "USA"),
            ]),
            Flow(id: "irn-rus-shells", from: "IRN", to: "RUS", kind: .transfer, items: ["artillery-ammunition", "shahed-drones"], claims: [
                Claim(
                    id: "wire-2023-05-2", status: .planned, source: "wire-2023-05",
                    quote: "Iran plans to send artillery shells and more drones this summer.",
                    period: Period(from: PartialDate(year: 2023, month: 6))),
            ]),
            Flow(id: "irn-rus-support", from: "IRN", to: "RUS", kind: .transfer, claims: [
                Claim(id: "wire-2023-05-3", status: .offered, source: "wire-2023-05", quote: "Iran offered Russia further military help."),
            ]),
            Flow(id: "usa-irn-sanctions", from: "USA", to: "IRN", kind: .sanction, claims: [
                Claim(id: "wire-2022-12-3", status: .delivered, source: "wire-2022-12", quote: "Washington imposed sanctions on Iran's drone makers."),
            ]),
            Flow(id: "rus-ukr-strikes", from: "RUS", to: "UKR", kind: .strike, items: ["shahed-drones"], claims: [
                Claim(
                    id: "wire-2022-12-4", status: .delivered, source: "wire-2022-12",
                    quote: "Most of the 400 drones struck Ukraine's power grid in October.",
                    period: Period(from: PartialDate(year: 2022, month: 10), to: PartialDate(year: 2022, month: 10)),
                    quantity: Quantity(text: "Most of the 400 drones", low: 400, unit: "drones")),
                Claim(
                    id: "wire-2022-12-5", status: .delivered, source: "wire-2022-12", quote: "The strikes damaged up to 40 percent of the grid.",
                    quantity: Quantity(text: "up to 40 percent", high: 40, unit: "percent of the grid damaged")),
            ]),
            Flow(id: "wagner-ukr-strikes", from: "wagner-group", to: "UKR", kind: .strike, claims: [
                Claim(id: "wire-2022-12-6", status: .delivered, source: "wire-2022-12", quote: "Wagner fighters shelled Ukrainian positions."),
            ]),
        ]
        return Network(actors: actors, items: items, sources: sources, flows: flows)
    }

    /// The actors no flow uses.
    static let flowless: [ActorID] = ["PRK", "shahed-industries"]
}
