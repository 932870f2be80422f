/// A small seeded generator (SplitMix64), so property tests draw the same cases on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix64 {
    /// Characters that break naive DOT writers, mixed with letters, digits and wider Unicode.
    static let awkward: [Character] = [
        "\"", "\\", "\n", "\r", "\t", "<", ">", "&", "{", "}", "[", "]", ";", ",", ":", "=", "-", ">", "#", "/", "*",
        " ", "'", "%", "@", "N", "G", "l", "r", "n", "0", "9", "é", "ж", "中", "💥", "\u{200B}", "\u{00A0}",
    ]

    /// A random string of up to `maxLength` characters, heavy on the awkward ones.
    mutating func awkwardString(maxLength: Int) -> String {
        let length = Int.random(in: 0...maxLength, using: &self)
        var text = ""
        for _ in 0..<length {
            if Bool.random(using: &self) {
                text.append(Self.awkward.randomElement(using: &self)!)
            } else {
                let scalar = Unicode.Scalar(UInt32.random(in: 0x20...0x7E, using: &self))!
                text.append(Character(scalar))
            }
        }
        return text
    }
}
