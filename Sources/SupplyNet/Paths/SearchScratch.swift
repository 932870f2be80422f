import Foundation

/// Per-actor working arrays for one search at a time, reused from query to query so that a
/// search costs what it visits, not the size of the graph.
///
/// An actor's entries are valid only when its stamp is the current generation; starting a
/// search bumps the generation instead of clearing the arrays.
final class SearchScratch: @unchecked Sendable {
    private(set) var generation: UInt32 = 0
    /// Generation in which the forward and backward sides reached each actor.
    var forwardStamp: [UInt32]
    var backwardStamp: [UInt32]
    /// Hops from the source (forward side) and to the target (backward side).
    var forwardHops: [Int32]
    var backwardHops: [Int32]
    /// Cheapest cost to the target along shortest routes, as known to each side.
    var forwardCost: [Double]
    var backwardCost: [Double]

    init(actorCount: Int) {
        forwardStamp = [UInt32](repeating: 0, count: actorCount)
        backwardStamp = forwardStamp
        forwardHops = [Int32](repeating: 0, count: actorCount)
        backwardHops = forwardHops
        forwardCost = [Double](repeating: 0, count: actorCount)
        backwardCost = forwardCost
    }

    /// Starts a new search: every actor becomes unreached by either side.
    func begin() {
        if generation == .max {
            for index in forwardStamp.indices {
                forwardStamp[index] = 0
                backwardStamp[index] = 0
            }
            generation = 0
        }
        generation += 1
    }

    @inline(__always) func reachedForward(_ actor: Int32) -> Bool { forwardStamp[Int(actor)] == generation }
    @inline(__always) func reachedBackward(_ actor: Int32) -> Bool { backwardStamp[Int(actor)] == generation }

    @inline(__always) func reachForward(_ actor: Int32, hops: Int32) {
        forwardStamp[Int(actor)] = generation
        forwardHops[Int(actor)] = hops
        forwardCost[Int(actor)] = .infinity
    }

    @inline(__always) func reachBackward(_ actor: Int32, hops: Int32, cost: Double) {
        backwardStamp[Int(actor)] = generation
        backwardHops[Int(actor)] = hops
        backwardCost[Int(actor)] = cost
    }
}

/// Scratch for concurrent queries on one graph: each query takes one (or makes one) and gives it
/// back, so queries on different threads never share arrays.
final class SearchScratchPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [SearchScratch] = []
    private let actorCount: Int

    init(actorCount: Int) { self.actorCount = actorCount }

    /// Runs `body` with scratch no other query is using.
    func withScratch<Result>(_ body: (SearchScratch) -> Result) -> Result {
        let scratch = lock.withLock { idle.popLast() } ?? SearchScratch(actorCount: actorCount)
        defer { lock.withLock { idle.append(scratch) } }
        scratch.begin()
        return body(scratch)
    }
}
