import Foundation
import SupplyNet
import TestSupport
import Testing

@Suite("XML escaping, checked by parsing back with Foundation's XML parser")
struct XMLTextTests {
    @Test("escapes markup, keeps whitespace as references, drops what XML 1.0 forbids", arguments: [
        ("a&b<c>\"d\"'e'", "a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;"),
        ("\t\n\r", "&#9;&#10;&#13;"),
        ("\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF}", ""),
        ("&amp;", "&amp;amp;"),
        ("]]>", "]]&gt;"),
        ("é中💥\u{7F}\u{85}\u{FFFD}", "é中💥\u{7F}\u{85}\u{FFFD}"),
    ])
    func escapes(text: String, expected: String) {
        #expect(XMLText.escaped(text) == expected)
    }

    @Test("any string survives as an attribute value and as text, 500 seeded cases")
    func randomStringsRoundTrip() throws {
        var random = SplitMix64(seed: 0x584D_4C21)
        let controls: [Character] = ["\u{0}", "\u{1}", "\u{1B}", "\u{7F}", "\r\n", "\u{FFFF}", "\u{FFFE}"]
        for _ in 0..<500 {
            var text = random.awkwardString(maxLength: 40)
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                let position = text.index(text.startIndex, offsetBy: Int.random(in: 0...text.count, using: &random))
                text.insert(controls.randomElement(using: &random)!, at: position)
            }
            let escaped = XMLText.escaped(text)
            let tree = try XMLTree.parse("<r a=\"\(escaped)\" b='\(escaped)'>\(escaped)</r>")
            let expected = HostileNetwork.xmlVisible(text)
            #expect(tree.attributes["a"] == expected, "\(text.debugDescription)")
            #expect(tree.attributes["b"] == expected, "\(text.debugDescription)")
            #expect(tree.text == expected, "\(text.debugDescription)")
        }
    }
}
