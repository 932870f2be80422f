/// Deterministic synthetic supply networks shaped like real ones, for scale tests and benchmarks:
/// a few hub states, many small companies belonging to them, heavy-tailed degrees, parallel
/// flows of several kinds between the same actors, and one or two claims per flow.
public enum SyntheticNetwork {
    /// A network of `flows` flows. The same `flows` and `seed` give the same network.
    /// - Complexity: O(flows).
    public static func generate(flows flowCount: Int, seed: UInt64 = 2026) -> Network {
        var actors: [Actor] = [], items: [Item] = [], sources: [Source] = [], flows: [Flow] = []
        flows.reserveCapacity(flowCount)
        generate(flows: flowCount, seed: seed) { record in
            switch record {
            case .actor(let actor): actors.append(actor)
            case .item(let item): items.append(item)
            case .source(let source): sources.append(source)
            case .flow(let flow): flows.append(flow)
            }
        }
        return Network(actors: actors, items: items, sources: sources, flows: flows)
    }

    /// The same network as `generate(flows:seed:)`, handed over a record at a time (actors, items,
    /// sources, then flows, in the order of the bulk format), so that a large one can be written
    /// without holding its flows: only the actors' and sources' ids are kept.
    /// - Parameters:
    ///   - flowCount: how many flows.
    ///   - seed: the seed of the generator; the same seed gives the same network.
    ///   - record: receives each record; what it throws ends the generation.
    /// - Complexity: O(flows) time; O(flows / 8) memory for the ids.
    public static func generate(flows flowCount: Int, seed: UInt64 = 2026, record: (BulkFormat.Record) throws -> Void) rethrows {
        var random = SplitMix64(seed: seed)
        let actorCount = max(20, flowCount / 8)
        let stateCount = min(200, max(8, actorCount / 500))
        var actors: [ActorID] = []
        actors.reserveCapacity(actorCount)
        for index in 0..<stateCount {
            try record(.actor(Actor(id: stateID(index), name: "State \(index)", kind: .state)))
            actors.append(stateID(index))
        }
        let otherKinds: [ActorKind] = [.company, .company, .company, .company, .organization, .armedGroup]
        for index in stateCount..<actorCount {
            let kind = otherKinds[Int(random.next() % UInt64(otherKinds.count))]
            let parent = stateID(Int(random.next() % UInt64(stateCount)))
            try record(.actor(Actor(id: ActorID("a\(index)"), name: "Actor \(index)", kind: kind, parent: kind == .organization ? nil : parent)))
            actors.append(ActorID("a\(index)"))
        }
        let items = ItemCategory.allCases.map { Item(id: ItemID($0.rawValue), name: $0.rawValue, category: $0) }
        for item in items { try record(.item(item)) }
        let sourceCount = max(5, flowCount / 100)
        var sources: [SourceID] = []
        sources.reserveCapacity(sourceCount)
        for index in 0..<sourceCount {
            let day = index * 1000 / sourceCount
            let date = PartialDate(year: 2022 + day / 336, month: day % 336 / 28 + 1, day: day % 28 + 1)!
            try record(.source(Source(id: SourceID("s\(index)"), title: "Synthetic report \(index)", published: date, file: "synthetic", text: "")))
            sources.append(SourceID("s\(index)"))
        }
        let statuses: [(ClaimStatus, Double)] = [
            (.delivered, 0.40), (.offered, 0.15), (.requested, 0.15), (.planned, 0.10), (.alleged, 0.12), (.denied, 0.05), (.notObserved, 0.03),
        ]
        var previous: (ActorID, ActorID)?
        for index in 0..<flowCount {
            // A parallel flow joins the previous pair in three cases out of ten.
            let (from, to): (ActorID, ActorID)
            if let previous, random.unit() < 0.3 {
                (from, to) = previous
            } else {
                let tail = skewedIndex(actorCount, &random)
                var head = skewedIndex(actorCount, &random)
                if head == tail { head = (head + 1 + Int(random.next() % UInt64(actorCount - 1))) % actorCount }
                (from, to) = (actors[tail], actors[head])
            }
            previous = (from, to)
            let kind = FlowKind.allCases[Int(random.next() % UInt64(FlowKind.allCases.count))]
            let item = items[Int(random.next() % UInt64(items.count))].id
            let claimCount = random.unit() < 0.3 ? 2 : 1
            let claims = (0..<claimCount).map { number in
                Claim(
                    id: ClaimID("f\(index)-\(number + 1)"), status: pick(statuses, &random),
                    source: sources[Int(random.next() % UInt64(sourceCount))], quote: "synthetic claim \(index).\(number + 1)")
            }
            try record(.flow(Flow(id: FlowID("f\(index)"), from: from, to: to, kind: kind, items: [item], claims: claims)))
        }
    }

    /// The `index`th state's id, three capital letters as ISO 3166-1 alpha-3 codes are: AAA, AAB, …
    static func stateID(_ index: Int) -> ActorID {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return ActorID(String([letters[index / 676 % 26], letters[index / 26 % 26], letters[index % 26]]))
    }

    /// An index in 0..<count drawn with a heavy tail toward 0, where the hubs are.
    private static func skewedIndex(_ count: Int, _ random: inout SplitMix64) -> Int {
        let u = random.unit()
        return min(count - 1, Int(Double(count) * u * u * u))
    }

    private static func pick(_ weighted: [(ClaimStatus, Double)], _ random: inout SplitMix64) -> ClaimStatus {
        var u = random.unit()
        for (status, weight) in weighted {
            if u < weight { return status }
            u -= weight
        }
        return weighted[0].0
    }
}
