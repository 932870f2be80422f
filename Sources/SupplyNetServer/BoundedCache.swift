import Foundation

/// A cache shared by every request: at most `capacity` values, the oldest evicted first.
final class BoundedCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]
    /// Keys in the order they were added.
    private var order: [String] = []
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// How many values are held.
    var count: Int { lock.withLock { values.count } }

    /// The value held for `key`.
    func cached(_ key: String) -> Value? { lock.withLock { values[key] } }

    /// Holds `value` for `key`, unless one is held already; returns the one held.
    @discardableResult
    func store(_ value: Value, for key: String) -> Value {
        lock.withLock {
            if let kept = values[key] { return kept }
            values[key] = value
            order.append(key)
            if order.count > capacity { values[order.removeFirst()] = nil }
            return value
        }
    }

    /// The value for `key`, made by `make` when there is none yet (outside the lock, so two
    /// requests may both make it; the first kept wins).
    func value(for key: String, make: () -> Value) -> Value {
        cached(key) ?? store(make(), for: key)
    }
}
