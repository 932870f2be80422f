import SupplyNet

/// Which page a drawing prints on: A4 portrait, or A4 landscape when that prints its text
/// larger and portrait would print it below 7 pt. The sizes are `ReportStylesheet`'s `@page` rules.
enum PrintLayout {
    /// Portrait A4 less 12 mm side and 14 mm top and bottom margins, less room for a caption, in points.
    static let portrait = (width: 527.0, height: 700.0)
    /// Landscape A4 less 10 mm margins, and the drawing's `max-height` (180 mm), in points.
    static let landscape = (width: 785.0, height: 510.0)
    /// The smallest text a printed figure may have, in points.
    static let smallestText = 7.0

    /// The scale a drawing of `width` × `height` points prints at on a page of `page`.
    static func scale(width: Double, height: Double, on page: (width: Double, height: Double)) -> Double {
        min(1, page.width / max(width, 1), page.height / max(height, 1))
    }

    /// Whether a drawing prints on a landscape page.
    static func isWide(width: Double, height: Double) -> Bool {
        let upright = scale(width: width, height: height, on: portrait)
        let turned = scale(width: width, height: height, on: landscape)
        return upright * NetworkStyle.edgeFontSize < smallestText && turned > upright
    }
}
