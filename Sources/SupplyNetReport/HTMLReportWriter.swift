import Foundation
import SupplyNet

/// One self-contained HTML page: the author's prose (`MarkdownProse`), each block replaced by its
/// figure (SVG inline, with a title and a description for screen readers), caption, legend and
/// evidence table; CSS inline, no script, nothing fetched (its Content-Security-Policy forbids it).
///
/// Every string from the data goes through `XMLText.escaped`.
struct HTMLReportWriter {
    let document: ReportDocument
    let inserts: [ReportComposer.Insert]
    let network: Network
    /// Whether the page has a sources table, which evidence rows then link to.
    private let hasSourcesTable: Bool

    init(document: ReportDocument, inserts: [ReportComposer.Insert], network: Network) {
        self.document = document
        self.inserts = inserts
        self.network = network
        hasSourcesTable = inserts.contains { if case .sources = $0 { true } else { false } }
    }

    /// The id of the evidence rows of reference `flow` in figure `figure`: `ev1-3`.
    static func rowID(figure: Int, flow: Int) -> String { "ev\(figure)-\(flow)" }
    /// The id of figure `number`'s `<figure>`: `figure-1`.
    static func figureID(_ number: Int) -> String { "figure-\(number)" }
    /// The id of a source's row in the sources table: `source-2` for the second source of the data.
    static func sourceID(_ position: Int) -> String { "source-\(position + 1)" }

    func write() -> String {
        let prose = MarkdownProse(document)
        let firstSources = inserts.firstIndex { if case .sources = $0 { true } else { false } }
        // Prose and blocks in the document's order: each figure goes between two prose parts,
        // never into one, so nothing the author writes or the data holds can move it.
        var body = ""
        var proseIndex = 0, blockIndex = 0
        for part in document.parts {
            switch part {
            case .prose:
                body += prose.parts[proseIndex]
                proseIndex += 1
            case .block:
                body += html(inserts[blockIndex], isFirstSources: blockIndex == firstSources)
                blockIndex += 1
            }
        }
        let figures = inserts.count { if case .figure = $0 { true } else { false } }
        let cited = Set(inserts.flatMap { insert -> [FlowID] in if case .figure(let figure, _, _) = insert { figure.flows.map(\.id) } else { [] } })
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
            <meta name="generator" content="supplynet report">
            <title>\(XMLText.escaped(prose.title ?? "SupplyNet report"))</title>
            <style>\(Self.stylesheet)</style>
            </head>
            <body>
            <main>
            \(body)
            </main>
            <footer><p>Built by <code>supplynet report</code> from \(XMLText.escaped(document.file)): \(figures == 1 ? "1 figure" : "\(figures) figures"), \(cited.count == 1 ? "1 flow" : "\(cited.count) flows") cited. Every quote is verbatim from its article. Hover an edge for its strongest quote; follow it to its evidence.</p></footer>
            </body>
            </html>

            """
    }

    /// The text of the page's one `<style>` element.
    static let stylesheet = "\n" + ReportStylesheet.css + "\n"

    /// Nothing is fetched and nothing runs; the one stylesheet applies, named by its SHA-256, and
    /// no other style does (no `'unsafe-inline'`: a `<style>` or `style=` slipped into the page
    /// is ignored). The SVGs style with presentation attributes (`fill=`, `stroke=`), which are
    /// not styles to the policy.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src \(SHA256.policySource(of: stylesheet)); img-src data:"

    private func html(_ insert: ReportComposer.Insert, isFirstSources: Bool) -> String {
        switch insert {
        case .figure(let figure, let svg, let panels): return self.figure(figure, svg, panels: panels)
        case .sources(let answer): return sources(answer, isFirst: isFirstSources)
        }
    }

    private func figure(_ figure: ReportFigure, _ svg: SanitizedSVG, panels: [SanitizedSVG]) -> String {
        let number = figure.number
        let id = figure.id
        let heading = "Figure \(number). \(figure.title)"
        let description = figure.summary + " Each edge is numbered; its claims are listed under that number in the evidence table below the figure."
        // Wider than a portrait column holds with its text at 7 pt: printed on a landscape page.
        let drawn = panels.isEmpty ? [svg] : panels
        let wide = drawn.contains { PrintLayout.isWide(width: $0.width, height: $0.height) } ? " wide" : ""
        var html = "<figure class=\"report-figure\(wide)\(panels.isEmpty ? "" : " panels")\" id=\"\(Self.figureID(number))\">\n<div class=\"graph\">\n"
        if panels.isEmpty {
            html += Self.svg(svg, id: id, title: heading, description: description)
        } else {
            // Each snapshot its own drawing, at the same size: print breaks between them, never through one.
            for (index, panel) in panels.enumerated() {
                let caption = figure.panels[index].caption ?? ""
                let panelID = index == 0 ? id : "\(id)-snapshot-\(index + 1)"
                html += "<p class=\"panel-caption\">\(XMLText.escaped(caption))</p>\n"
                html += Self.svg(
                    panel, id: panelID, title: index == 0 ? heading + ", snapshot 1: " + caption : "Figure \(number), snapshot \(index + 1): \(caption)",
                    description: index == 0 ? description : caption + ". " + figure.summary)
            }
        }
        html += "</div>\n"
        html += "<figcaption><span class=\"figure-number\">Figure \(number).</span> \(XMLText.escaped(figure.title)). "
            + "\(XMLText.escaped(figure.summary)) <span class=\"query\">Query: <code>\(XMLText.escaped(figure.query.text))</code></span></figcaption>\n"
        html += legend(FigureLegend(figure), figure: number)
        if !figure.notes.isEmpty {
            html += "<ol class=\"routes\">" + figure.notes.map { "<li>\(XMLText.escaped($0))</li>" }.joined() + "</ol>\n"
        }
        html += "</figure>\n"
        html += evidence(figure)
        return html
    }

    /// An inline `<svg>` drawing, labelled by its `<title>` and `<desc>`.
    private static func svg(_ svg: SanitizedSVG, id: String, title: String, description: String) -> String {
        var html = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" role=\"img\" "
            + "aria-labelledby=\"\(id)-title \(id)-desc\" width=\"\(number(svg.width))pt\" height=\"\(number(svg.height))pt\" "
            + "viewBox=\"\(XMLText.escaped(svg.viewBox))\">\n"
        html += "<title id=\"\(id)-title\">\(XMLText.escaped(title))</title>\n<desc id=\"\(id)-desc\">\(XMLText.escaped(description))</desc>\n"
        return html + svg.content + "</svg>\n"
    }

    private func legend(_ legend: FigureLegend, figure: Int) -> String {
        var html = "<ul class=\"legend\" aria-label=\"Legend of figure \(figure)\">"
        for entry in legend.entries {
            let width = Self.number(entry.line.penWidth + (entry.heavy ? 1.8 : 0))
            let dashes = FigureLegend.dashes(entry.line).map { " stroke-dasharray=\"\($0)\"" } ?? ""
            let opacity = entry.line.faded ? " opacity=\"0.5\"" : ""
            let lines = entry.line.doubled ? [3.0, 7.0] : [5.0]
            html += "<li><svg class=\"sample\" width=\"34\" height=\"10\" viewBox=\"0 0 34 10\" aria-hidden=\"true\" focusable=\"false\">"
            if entry.box {
                html += "<rect x=\"1\" y=\"1\" width=\"32\" height=\"8\" rx=\"3\" fill=\"none\" stroke=\"\(XMLText.escaped(entry.color))\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>"
                    + "</svg>\(XMLText.escaped(entry.label)) <span class=\"look\">(\(XMLText.escaped(entry.look)))</span></li>"
                continue
            }
            for y in lines {
                html += "<line x1=\"1\" y1=\"\(Self.number(y))\" x2=\"33\" y2=\"\(Self.number(y))\" stroke=\"\(XMLText.escaped(entry.color))\" stroke-width=\"\(width)\"\(dashes)\(opacity)/>"
            }
            html += "</svg>\(XMLText.escaped(entry.label)) <span class=\"look\">(\(XMLText.escaped(entry.look)))</span></li>"
        }
        return html + "</ul>\n"
    }

    private func evidence(_ figure: ReportFigure) -> String {
        let number = figure.number
        var html = elsewhere(figure)
        let entries = EvidenceEntry.entries(of: figure)
        if entries.isEmpty { return html }
        html += "<table class=\"evidence\" id=\"evidence-\(number)\">\n"
        html += "<caption>Evidence for figure \(number): every claim behind each numbered edge, quoted verbatim</caption>\n"
        html += "<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Claim</th><th scope=\"col\">Quote</th><th scope=\"col\">Who</th>"
            + "<th scope=\"col\">Source</th><th scope=\"col\">Date</th></tr></thead>\n"
        for entry in entries {
            html += "<tbody id=\"\(Self.rowID(figure: number, flow: entry.number))\">\n"
            html += "<tr class=\"flow\"><th colspan=\"6\" scope=\"rowgroup\"><span class=\"ref\">[\(entry.number)]</span> "
                + "\(XMLText.escaped(entry.heading)) <span class=\"state\">— \(XMLText.escaped(entry.state))</span> "
                + "<a class=\"back\" href=\"#\(Self.figureID(number))\">back to figure \(number)</a></th></tr>\n"
            for (index, row) in entry.rows.enumerated() {
                html += "<tr><td class=\"number\">\(entry.number).\(index + 1)</td>"
                    + "<td class=\"status status-\(XMLText.escaped(row.status))\">\(XMLText.escaped(row.status))</td>"
                    + "<td class=\"quote\">“\(XMLText.escaped(row.quote))”</td>"
                    + "<td class=\"who\">\(XMLText.escaped(row.who))</td>"
                    + "<td class=\"source\">\(source(row))</td>"
                    + "<td class=\"date\">\(XMLText.escaped(row.date))</td></tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>\n"
    }

    /// Where the rows of the flows an earlier figure tables are: "Evidence for [1]–[6], [9]: under figure 1."
    private func elsewhere(_ figure: ReportFigure) -> String {
        let numbers = figure.numbers
        var byFigure: [Int: [Int]] = [:]
        for (flow, other) in figure.tabledIn { byFigure[other, default: []].append(numbers[flow] ?? 0) }
        guard !byFigure.isEmpty else { return "" }
        let parts = byFigure.keys.sorted().map { other in
            let references = byFigure[other]!.sorted().map { "<a href=\"#\(Self.rowID(figure: other, flow: $0))\">[\($0)]</a>" }
            return references.joined(separator: " ") + " under <a href=\"#\(Self.figureID(other))\">figure \(other)</a>"
        }
        return "<p class=\"tabled-elsewhere\">Evidence for the numbered edges of figure \(figure.number), already tabled: "
            + parts.joined(separator: "; ") + ".</p>\n"
    }

    /// A row's source: its title linked to the article when it has an `http(s)` address, else to
    /// its row in the sources table when the page has one; then the outlet.
    private func source(_ row: EvidenceEntry.Row) -> String {
        var link = row.link
        if link == nil, hasSourcesTable, let position = network.sources.firstIndex(where: { $0.id == row.source }) {
            link = "#" + Self.sourceID(position)
        }
        return Self.source(title: row.sourceTitle, link: link) + (row.outlet.map { ", " + XMLText.escaped($0) } ?? "")
    }

    /// The sources table; only the page's first carries the ids evidence rows link to.
    private func sources(_ answer: QueryAnswer, isFirst: Bool) -> String {
        let query = answer.query
        var html = "<table class=\"sources\">\n<caption>Sources\(query.asOf.map { " published by \($0)" } ?? "")</caption>\n"
        html += "<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Outlet</th><th scope=\"col\">Published</th>"
            + "<th scope=\"col\">Claims</th><th scope=\"col\">Flows</th></tr></thead>\n<tbody>\n"
        for tally in answer.sourceTallies {
            let source = tally.source
            html += "<tr\(isFirst ? " id=\"\(Self.sourceID(tally.position))\"" : "")><td>\(Self.source(title: source.title, link: SafeLink.web(source.url)))</td>"
                + "<td>\(XMLText.escaped(source.outlet ?? ""))</td><td class=\"date\">\(source.published)</td>"
                + "<td>\(tally.claims)</td><td>\(tally.flows)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The title, linked to the article when its address is `http(s)`.
    private static func source(title: String, link: String?) -> String {
        guard let link else { return XMLText.escaped(title) }
        let external = link.hasPrefix("#") ? "" : " rel=\"noopener noreferrer\""
        return "<a href=\"\(XMLText.escaped(link))\"\(external)>\(XMLText.escaped(title))</a>"
    }

    /// A length for an attribute: at most two decimals, no trailing zeros.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
