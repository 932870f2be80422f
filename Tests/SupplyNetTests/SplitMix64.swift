import SupplyNet

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
