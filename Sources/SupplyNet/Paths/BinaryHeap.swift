/// A min-heap in an array: the smallest element comes out first.
struct BinaryHeap<Element: Comparable> {
    private var storage: [Element] = []

    var isEmpty: Bool { storage.isEmpty }
    var count: Int { storage.count }

    /// - Complexity: O(log n).
    mutating func insert(_ element: Element) {
        storage.append(element)
        var child = storage.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard storage[child] < storage[parent] else { break }
            storage.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the smallest element.
    /// - Complexity: O(log n).
    mutating func popMin() -> Element? {
        guard !storage.isEmpty else { return nil }
        storage.swapAt(0, storage.count - 1)
        let smallest = storage.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smaller = parent
            if left < storage.count, storage[left] < storage[smaller] { smaller = left }
            if right < storage.count, storage[right] < storage[smaller] { smaller = right }
            if smaller == parent { break }
            storage.swapAt(parent, smaller)
            parent = smaller
        }
        return smallest
    }
}
