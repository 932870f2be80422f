/// Finds many quotes in one text in a single pass, and for each quote that is not there, how much
/// of its start is: Aho–Corasick over Unicode scalars, so checking a source's quotes takes time
/// linear in the text plus the quotes, however hostile either is.
///
/// "Verbatim" means the same Unicode scalars: a quote in another normalization form than its
/// article (an é as e + U+0301) is not verbatim.
struct QuoteMatcher {
    /// What the text holds of one quote.
    struct Match: Equatable {
        /// How many scalars at the start of the quote occur together in the text (all of them
        /// when the quote is there).
        let matchedScalars: Int
        /// The scalar offset in the text at which that start first occurs.
        let offset: Int
    }

    private var scalarsOf: [Int32] = [0]
    /// Every trie edge: (node << 21 | scalar) → child.
    private var edges: [Int64: Int32] = [:]
    private var parent: [Int32] = [0]
    private var depth: [Int32] = [0]
    private var firstChild: [Int32] = [-1]
    private var nextSibling: [Int32] = [-1]
    /// The node each quote ends at.
    private var ends: [Int32] = []

    /// - Complexity: O(total length of the quotes).
    init(quotes: [String]) {
        for quote in quotes {
            var node: Int32 = 0
            for scalar in quote.unicodeScalars {
                let key = Self.key(node, scalar)
                if let child = edges[key] {
                    node = child
                } else {
                    let child = Int32(parent.count)
                    edges[key] = child
                    parent.append(node)
                    depth.append(depth[Int(node)] + 1)
                    scalarsOf.append(Int32(scalar.value))
                    firstChild.append(-1)
                    nextSibling.append(firstChild[Int(node)])
                    firstChild[Int(node)] = child
                    node = child
                }
            }
            ends.append(node)
        }
    }

    private static func key(_ node: Int32, _ scalar: Unicode.Scalar) -> Int64 { Int64(node) << 21 | Int64(scalar.value) }

    /// For each quote, in order, what of it the text holds.
    /// - Complexity: O(text + quotes), with hashing.
    func matches(in text: String) -> [Match] {
        let count = parent.count
        // Failure links, breadth first so a node's link is known before its children need it.
        var failure = [Int32](repeating: 0, count: count)
        var order: [Int32] = [0]
        var head = 0
        while head < order.count {
            let node = order[head]
            head += 1
            var child = firstChild[Int(node)]
            while child >= 0 {
                order.append(child)
                if node != 0 {
                    let scalar = Unicode.Scalar(UInt32(scalarsOf[Int(child)]))!
                    var link = failure[Int(node)]
                    while link != 0, edges[Self.key(link, scalar)] == nil { link = failure[Int(link)] }
                    failure[Int(child)] = edges[Self.key(link, scalar)].flatMap { $0 == child ? nil : $0 } ?? 0
                }
                child = nextSibling[Int(child)]
            }
        }
        // One pass over the text: the first end offset at which each node's string occurs.
        let never = Int.max
        var firstEnd = [Int](repeating: never, count: count)
        var state: Int32 = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            while state != 0, edges[Self.key(state, scalar)] == nil { state = failure[Int(state)] }
            state = edges[Self.key(state, scalar)] ?? 0
            if state != 0, firstEnd[Int(state)] == never { firstEnd[Int(state)] = offset + 1 }
        }
        // A node's string occurs wherever a longer one ending in it does (its failure link) and
        // wherever one it starts does (its parent, one scalar earlier): deepest first.
        for node in order.reversed() where node != 0 && firstEnd[Int(node)] != never {
            let end = firstEnd[Int(node)]
            let link = Int(failure[Int(node)])
            firstEnd[link] = min(firstEnd[link], end)
            let up = Int(parent[Int(node)])
            firstEnd[up] = min(firstEnd[up], end - 1)
        }
        return ends.map { end in
            var node = end
            while node != 0, firstEnd[Int(node)] == never { node = parent[Int(node)] }
            let matched = Int(depth[Int(node)])
            return Match(matchedScalars: matched, offset: node == 0 ? 0 : firstEnd[Int(node)] - matched)
        }
    }
}
