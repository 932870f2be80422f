/// One `name="value"` pair of a DOT statement: the attributes SupplyNet uses, typed, and one
/// escape hatch that still escapes.
public struct DOTAttribute: Hashable, Sendable {
    public let name: String
    public let value: String
    /// Whether `value` is an HTML-like label, written between `<` and `>` as it is.
    public let isHTML: Bool

    private init(_ name: String, _ value: String, isHTML: Bool = false) {
        self.name = name
        self.value = value
        self.isHTML = isHTML
    }

    /// An HTML-like label (`label=<…>`), such as a legend's table. `markup` is written as it is:
    /// build it from `XMLText.escaped` text only.
    public static func htmlLabel(_ markup: String) -> Self { Self("label", markup, isHTML: true) }

    /// Any other Graphviz attribute. The value is escaped like every other;
    /// the name must be a plain identifier.
    public static func custom(_ name: String, _ value: String) -> DOTAttribute {
        precondition(
            !name.isEmpty && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0) },
            "DOT attribute names are identifiers")
        return DOTAttribute(name, value)
    }

    public static func label(_ text: String) -> Self { Self("label", text) }
    public static func tooltip(_ text: String) -> Self { Self("tooltip", text) }
    public static func labelTooltip(_ text: String) -> Self { Self("labeltooltip", text) }
    public static func id(_ text: String) -> Self { Self("id", text) }
    public static func `class`(_ names: [String]) -> Self { Self("class", names.joined(separator: " ")) }
    public static func url(_ text: String) -> Self { Self("URL", text) }
    public static func color(_ color: String) -> Self { Self("color", color) }
    public static func fontColor(_ color: String) -> Self { Self("fontcolor", color) }
    public static func fillColor(_ color: String) -> Self { Self("fillcolor", color) }
    public static func style(_ styles: [String]) -> Self { Self("style", styles.joined(separator: ",")) }
    public static func shape(_ shape: String) -> Self { Self("shape", shape) }
    public static func penWidth(_ width: Double) -> Self { Self("penwidth", DOTAttribute.number(width)) }
    public static func arrowHead(_ arrow: String) -> Self { Self("arrowhead", arrow) }
    public static func fontName(_ font: String) -> Self { Self("fontname", font) }
    public static func fontSize(_ size: Double) -> Self { Self("fontsize", DOTAttribute.number(size)) }
    public static func rankDirection(_ direction: String) -> Self { Self("rankdir", direction) }

    /// A number without a trailing `.0` (2 rather than 2.0), for stable, short DOT.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// How Graphviz reads this attribute's value: labels and tooltips are drawn text.
    var reading: DOTString.Reading {
        switch name {
        case "label", "xlabel", "headlabel", "taillabel": .label
        case "tooltip", "labeltooltip", "edgetooltip", "headtooltip", "tailtooltip": .tooltip
        default: .plain
        }
    }

    /// `name="value"`, escaped for how Graphviz reads it.
    var encoded: String { isHTML ? name + "=<" + value + ">" : name + "=" + DOTString.quoted(value, as: reading) }
}
