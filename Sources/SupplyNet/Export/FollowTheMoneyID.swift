/// The ids of the FollowTheMoney entities SupplyNet writes: stable, derived from SupplyNet ids,
/// and within FtM's id rules (ASCII letters, digits, `-` and `.`, starting and ending with a
/// letter or digit, at most 200 characters).
///
/// `supplynet-actor-IRN`, `supplynet-source-white-house-warns-2023-02-24`,
/// `supplynet-claim-white-house-warns-2023-02-24-2`, `supplynet-member-wagner-group`. A byte of
/// the SupplyNet id outside `A-Z a-z 0-9 -` (or a final `-`) is written `.` and two lowercase hex
/// digits, so the id reads back exactly (`a_b` → `a.5fb`); only ids of networks built in code
/// need it, since the data format's ids are slugs or ISO codes. An id too long for FtM keeps its
/// start and ends in `..` and a 64-bit FNV-1a digest of the whole SupplyNet id.
public enum FollowTheMoneyID {
    /// What an entity stands for, which prefixes its id.
    public enum Kind: String, CaseIterable, Sendable {
        case actor, source, claim, flow, member
    }

    /// The common start of every id SupplyNet writes.
    public static let prefix = "supplynet-"

    /// FtM's longest id.
    static let maximumLength = 200

    /// The FtM id of the SupplyNet id `id` of `kind`.
    public static func id(_ kind: Kind, _ id: String) -> String {
        let head = prefix + kind.rawValue + "-"
        var body = ""
        let bytes = Array(id.utf8)
        for (index, byte) in bytes.enumerated() {
            let plain = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || (byte == 0x2D && index < bytes.count - 1)
            if plain {
                body.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                body += "." + String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
            }
        }
        if body.isEmpty { body = ".00" }
        guard head.count + body.count > maximumLength else { return head + body }
        // Too long for FtM: a readable start and a digest of the whole id.
        let digest = String(fnv1a(bytes), radix: 16)
        return head + body.prefix(maximumLength - head.count - 2 - digest.count) + ".." + digest
    }

    /// The SupplyNet id an FtM id of `kind` was made from, or nil when it is not one SupplyNet
    /// writes, or was shortened (`..` and a digest end an id that would be too long).
    public static func supplyNetID(_ kind: Kind, from id: String) -> String? {
        let head = prefix + kind.rawValue + "-"
        guard id.hasPrefix(head) else { return nil }
        var bytes: [UInt8] = []
        var rest = Array(id.utf8.dropFirst(head.utf8.count))[...]
        while let byte = rest.popFirst() {
            guard byte == 0x2E else {
                bytes.append(byte)
                continue
            }
            guard rest.count >= 2, let value = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16) else { return nil }
            rest = rest.dropFirst(2)
            bytes.append(value)
        }
        if bytes == [0] { return "" }
        return String(validating: bytes, as: UTF8.self)
    }

    /// FNV-1a, 64 bits: a stable digest (Swift's `hashValue` changes from run to run).
    private static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
