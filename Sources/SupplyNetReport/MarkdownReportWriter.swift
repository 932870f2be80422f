import SupplyNet

/// The report as Markdown for GitHub and GitLab: the author's Markdown as written, each block
/// replaced by an image of its figure (an SVG file beside the Markdown), its caption, legend and
/// evidence as a Markdown table. Every string from the data goes through `MarkdownText`.
struct MarkdownReportWriter {
    let document: ReportDocument
    let inserts: [ReportComposer.Insert]
    let network: Network
    let figureName: (Int) -> String

    func write() -> MarkdownReport {
        var text = ""
        var figures: [MarkdownReport.Figure] = []
        var index = 0
        for part in document.parts {
            switch part {
            case .prose(let prose):
                text += prose
            case .block:
                switch inserts[index] {
                case .figure(let figure, let svg, _):
                    let name = figureName(figure.number)
                    figures.append(MarkdownReport.Figure(name: name, svg: Self.standalone(svg, figure)))
                    text += self.figure(figure, file: name)
                case .sources(let answer):
                    text += sources(answer)
                }
                index += 1
            }
        }
        return MarkdownReport(markdown: text, figures: figures)
    }

    private func figure(_ figure: ReportFigure, file: String) -> String {
        let number = figure.number
        var text = "![Figure \(number). \(MarkdownText.escaped(figure.title))](\(MarkdownText.destination(file)))\n\n"
        text += "**Figure \(number).** \(MarkdownText.escaped(figure.title)). \(MarkdownText.escaped(figure.summary)) "
            + "Query: \(MarkdownText.escaped(figure.query.text))\n\n"
        let legend = FigureLegend(figure).entries.map { "\(MarkdownText.escaped($0.label)) (\(MarkdownText.escaped($0.look)))" }
        text += "*Legend:* " + legend.joined(separator: "; ") + "\n\n"
        for (index, note) in figure.notes.enumerated() { text += "\(index + 1). \(MarkdownText.escaped(note))\n" }
        if !figure.notes.isEmpty { text += "\n" }
        text += "| # | Claim | Quote | Who | Source | Date |\n| --- | --- | --- | --- | --- | --- |\n"
        for entry in EvidenceEntry.entries(of: figure) {
            text += "| **[\(entry.number)]** | **\(MarkdownText.escaped(entry.heading))** | \(MarkdownText.escaped(entry.state)) | | | |\n"
            for (index, row) in entry.rows.enumerated() {
                let source = Self.source(title: row.sourceTitle, link: row.link) + (row.outlet.map { ", " + MarkdownText.escaped($0) } ?? "")
                text += "| \(entry.number).\(index + 1) | \(MarkdownText.escaped(row.status)) | “\(MarkdownText.escaped(row.quote))” | "
                    + "\(MarkdownText.escaped(row.who)) | \(source) | \(MarkdownText.escaped(row.date)) |\n"
            }
        }
        return text
    }

    private func sources(_ answer: QueryAnswer) -> String {
        var text = "| Article | Outlet | Published | Claims | Flows |\n| --- | --- | --- | --- | --- |\n"
        for tally in answer.sourceTallies {
            let source = tally.source
            text += "| \(Self.source(title: source.title, link: SafeLink.web(source.url))) | \(MarkdownText.escaped(source.outlet ?? "")) | "
                + "\(source.published) | \(tally.claims) | \(tally.flows) |\n"
        }
        return text
    }

    private static func source(title: String, link: String?) -> String {
        guard let link else { return MarkdownText.escaped(title) }
        return "[\(MarkdownText.escaped(title))](\(MarkdownText.destination(link)))"
    }

    /// The figure as an SVG file of its own, with its title and description.
    static func standalone(_ svg: SanitizedSVG, _ figure: ReportFigure) -> String {
        let id = figure.id
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" role="img" aria-labelledby="\(id)-title \(id)-desc" \
            width="\(HTMLReportWriter.number(svg.width))pt" height="\(HTMLReportWriter.number(svg.height))pt" viewBox="\(XMLText.escaped(svg.viewBox))">
            <title id="\(id)-title">\(XMLText.escaped("Figure \(figure.number). \(figure.title)"))</title>
            <desc id="\(id)-desc">\(XMLText.escaped(figure.summary))</desc>
            <rect width="100%" height="100%" fill="white"/>
            \(svg.content)</svg>

            """
    }
}
