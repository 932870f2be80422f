/// Several SVG figures laid out in a grid in one SVG document, each scaled to the same width,
/// with a caption above it. Each figure keeps its own element ids, so render them with distinct
/// graph ids.
public enum SmallMultiples {
    /// One panel: its caption and its rendered SVG.
    public struct Panel: Sendable {
        public let caption: String
        public let figure: SVGFigure

        public init(caption: String, figure: SVGFigure) {
            self.caption = caption
            self.figure = figure
        }
    }

    /// The grid as an SVG document.
    /// - Parameters:
    ///   - panels: the drawings, in reading order.
    ///   - title: drawn above the grid.
    ///   - columns: panels per row; more than there are panels draws one row as wide as they are.
    ///   - panelWidth: the width every panel is scaled to, in points.
    public static func compose(_ panels: [Panel], title: String, columns: Int = 2, panelWidth: Double = 560) -> String {
        let gap = 24.0
        let captionHeight = 28.0
        let titleHeight = 40.0
        let columns = min(max(1, columns), max(1, panels.count))
        let rows = stride(from: 0, to: panels.count, by: columns).map { Array(panels[$0..<min($0 + columns, panels.count)]) }
        var y = titleHeight
        var body = ""
        for row in rows {
            let rowHeight = row.map { panelWidth * $0.figure.height / max($0.figure.width, 1) }.max() ?? 0
            for (column, panel) in row.enumerated() {
                let x = gap + Double(column) * (panelWidth + gap)
                let height = panelWidth * panel.figure.height / max(panel.figure.width, 1)
                body += "<text x=\"\(format(x))\" y=\"\(format(y + 18))\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"15\" font-weight=\"bold\">\(XMLText.escaped(panel.caption))</text>\n"
                body += "<svg x=\"\(format(x))\" y=\"\(format(y + captionHeight))\" width=\"\(format(panelWidth))\" height=\"\(format(height))\" viewBox=\"\(XMLText.escaped(panel.figure.viewBox))\" preserveAspectRatio=\"xMidYMin meet\">\n"
                body += panel.figure.content
                body += "</svg>\n"
            }
            y += captionHeight + rowHeight + gap
        }
        let width = gap + Double(columns) * (panelWidth + gap)
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <svg width="\(format(width))pt" height="\(format(y))pt" viewBox="0 0 \(format(width)) \(format(y))" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(format(gap))" y="28" font-family="Helvetica,Arial,sans-serif" font-size="20" font-weight="bold">\(XMLText.escaped(title))</text>
            \(body)</svg>

            """
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
