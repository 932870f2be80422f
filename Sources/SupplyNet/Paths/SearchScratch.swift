import Foundation

/// Per-actor working arrays for one search at a time, reused from query to query so that a
/// search costs what it visits, not the size of the graph.
///
/// An actor's entries are valid only when its stamp is the current generation; starting a
/// search bumps the generation instead of clearing the arrays. A value type, lent `inout` to one
/// search at a time: no reference counting or dynamic exclusivity checks in the inner loops.
struct SearchScratch: Sendable {
    private(set) var generation: UInt32 = 0
    /// What each side of a search knows of each actor, side by side so one visit is one cache line.
    var states: [ActorState]

    struct ActorState: Sendable {
        /// Generation in which the forward and backward sides reached the actor.
        var forwardStamp: UInt32 = 0
        var backwardStamp: UInt32 = 0
        /// Hops from the source (forward side) and to the target (backward side).
        var forwardHops: Int32 = 0
        var backwardHops: Int32 = 0
        /// Cheapest cost to the target along shortest routes, as known to each side.
        var forwardCost: Double = 0
        var backwardCost: Double = 0
        /// The first flow (lowest edge number) out of the actor that achieves each cost.
        var forwardFlow: Int32 = -1
        var backwardFlow: Int32 = -1

        /// Takes `cost` via `edge` if it is cheaper, or as cheap via an earlier flow.
        @inline(__always) mutating func offerForward(_ cost: Double, edge: Int32) {
            if cost < forwardCost || (cost == forwardCost && edge < forwardFlow) {
                forwardCost = cost
                forwardFlow = edge
            }
        }

        @inline(__always) mutating func offerBackward(_ cost: Double, edge: Int32) {
            if cost < backwardCost || (cost == backwardCost && edge < backwardFlow) {
                backwardCost = cost
                backwardFlow = edge
            }
        }
    }

    init(actorCount: Int) {
        states = [ActorState](repeating: ActorState(), count: actorCount)
    }

    /// Starts a new search: every actor becomes unreached by either side.
    mutating func begin() {
        if generation == .max {
            for index in states.indices {
                states[index].forwardStamp = 0
                states[index].backwardStamp = 0
            }
            generation = 0
        }
        generation += 1
    }

    @inline(__always) func reachedForward(_ actor: Int32) -> Bool { states[Int(actor)].forwardStamp == generation }
    @inline(__always) func reachedBackward(_ actor: Int32) -> Bool { states[Int(actor)].backwardStamp == generation }

    @inline(__always) mutating func reachForward(_ actor: Int32, hops: Int32) {
        states[Int(actor)].forwardStamp = generation
        states[Int(actor)].forwardHops = hops
        states[Int(actor)].forwardCost = .infinity
        states[Int(actor)].forwardFlow = .max
    }

    @inline(__always) mutating func reachBackward(_ actor: Int32, hops: Int32, cost: Double) {
        states[Int(actor)].backwardStamp = generation
        states[Int(actor)].backwardHops = hops
        states[Int(actor)].backwardCost = cost
        states[Int(actor)].backwardFlow = .max
    }
}

/// Scratch for concurrent queries on one graph: each query takes one (or makes one) and gives it
/// back, so queries on different threads never share arrays.
final class SearchScratchPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [SearchScratch] = []
    private let actorCount: Int

    /// Makes one scratch ahead, so the first query does not pay for it.
    init(actorCount: Int) {
        self.actorCount = actorCount
        idle = [SearchScratch(actorCount: actorCount)]
    }

    /// Runs `body` with scratch no other query is using.
    func withScratch<Result>(_ body: (inout SearchScratch) -> Result) -> Result {
        var scratch = lock.withLock { idle.popLast() } ?? SearchScratch(actorCount: actorCount)
        scratch.begin()
        let result = body(&scratch)
        lock.withLock { idle.append(scratch) }
        return result
    }
}
