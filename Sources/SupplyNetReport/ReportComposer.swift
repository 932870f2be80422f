import SupplyNet

/// Builds a report: reads the blocks of a `ReportDocument`, answers each against the network,
/// has each figure drawn, and writes the page as self-contained HTML or as Markdown with SVG
/// files beside it.
///
/// Drawing is not done here: the composer hands DOT to `render` and receives SVG, so it can be
/// tested without Graphviz (the command line passes GraphvizKit).
///
/// ```swift
/// let composer = ReportComposer(network: network) { dot, engine in try Graphviz.renderSVG(dot, engine: LayoutEngine(engine)) }
/// let html = try composer.html(ReportDocument(markdown: text, file: "seeds/report.md"))
/// ```
public struct ReportComposer {
    /// Draws DOT with a Graphviz layout engine (`dot`, `neato`, …) and returns an SVG document.
    public typealias Renderer = (_ dot: String, _ engine: String) throws -> String

    public let network: Network
    private let render: Renderer

    public init(network: Network, render: @escaping Renderer) {
        self.network = network
        self.render = render
    }

    /// One block answered: a figure with its drawing, or the sources table.
    enum Insert {
        case figure(ReportFigure, SanitizedSVG)
        case sources(QueryAnswer)
    }

    /// The whole report as one HTML page.
    /// - Throws: `ReportError` for the first bad block (its file and line), a figure over its engine's
    ///   `LayoutBudget` (before Graphviz is called), or a figure Graphviz could not draw.
    public func html(_ document: ReportDocument) throws(ReportError) -> String {
        HTMLReportWriter(document: document, inserts: try inserts(of: document, linked: true), network: network).write()
    }

    /// The report as Markdown for GitHub and GitLab: each block becomes an image of an SVG file
    /// written beside it, named `figureName(n)`, and its evidence as a Markdown table.
    /// - Throws: As `html(_:)`.
    public func markdown(_ document: ReportDocument, figureName: @escaping (Int) -> String) throws(ReportError) -> MarkdownReport {
        MarkdownReportWriter(document: document, inserts: try inserts(of: document, linked: false), network: network, figureName: figureName).write()
    }

    /// Every block answered and drawn, in order; nothing is returned unless all succeed.
    func inserts(of document: ReportDocument, linked: Bool) throws(ReportError) -> [Insert] {
        var inserts: [Insert] = []
        var number = 0
        for block in document.blocks {
            let query = try Self.query(of: block)
            if case .sources = query.subject {
                do { inserts.append(.sources(try QueryAnswer(query, in: network))) } catch {
                    throw ReportError(error.location ?? block.location, error.message)
                }
                continue
            }
            number += 1
            let figure = try Self.figure(query, number: number, at: block.location, in: network)
            inserts.append(.figure(figure, try draw(figure, linked: linked)))
        }
        return inserts
    }

    /// The query a block asks, read by the library's one query parser.
    /// - Throws: `ReportError` at the first word that is wrong.
    public static func query(of block: ReportBlock) throws(ReportError) -> NetworkQuery {
        do {
            let words = try NetworkQuery.words(in: block.lines.map { ($0.number, $0.text) }, file: block.location.file)
            return try NetworkQuery(words: words, location: block.location)
        } catch {
            throw ReportError(error.location ?? block.location, error.message)
        }
    }

    /// The library's answer to `query`, as figure `number`.
    /// - Throws: `ReportError` at the word naming an unknown actor or flow, or at the block when the
    ///   answer shows nothing (no path, no flow).
    public static func figure(_ query: NetworkQuery, number: Int, at location: SourceLocation, in network: Network) throws(ReportError) -> ReportFigure {
        let answer: QueryAnswer
        do { answer = try QueryAnswer(query, in: network) } catch { throw ReportError(error.location ?? location, error.message) }
        if let unanswered = answer.unanswered { throw ReportError(location, "nothing to draw: " + unanswered.message) }
        return ReportFigure(number: number, answer: answer, location: location)
    }

    /// The figure's SVG: one drawing, or a timeline's snapshots side by side.
    private func draw(_ figure: ReportFigure, linked: Bool) throws(ReportError) -> SanitizedSVG {
        let links = figure.numbers.mapValues { number in
            NetworkDOTEncoder.FlowLink(number: number, url: linked ? "#" + HTMLReportWriter.rowID(figure: figure.number, flow: number) : nil)
        }
        var drawings: [String] = []
        for (index, panel) in figure.panels.enumerated() {
            let options = NetworkDOTEncoder.Options(
                graphID: figure.panels.count == 1 ? figure.id : "\(figure.id)-\(index + 1)", includeLegend: false,
                newFlows: panel.newFlows, highlightedFlows: panel.highlightedFlows, flowLinks: links)
            // Before Graphviz: a figure too large for its engine fails at its block, in a moment.
            do throws(LayoutBudgetError) { try LayoutBudget.check(panel.network, engine: figure.query.engine) } catch {
                throw ReportError(figure.location, "figure \(figure.number) is too large to draw: \(error.description)")
            }
            let dot = NetworkDOTEncoder(options: options).encode(panel.network)
            do {
                drawings.append(try render(dot, figure.query.engine))
            } catch {
                throw ReportError(figure.location, "graphviz could not draw figure \(figure.number): \(String(describing: error))")
            }
        }
        var document = drawings[0]
        if figure.panels.count > 1 {
            var panels: [SmallMultiples.Panel] = []
            for (panel, drawing) in zip(figure.panels, drawings) {
                guard let svg = SVGFigure(drawing) else {
                    throw ReportError(figure.location, "graphviz drew figure \(figure.number) without a size")
                }
                panels.append(SmallMultiples.Panel(caption: panel.caption ?? "", figure: svg))
            }
            document = SmallMultiples.compose(panels, title: figure.title, columns: figure.columns)
        }
        do {
            return try SanitizedSVG(document, graphTitle: "Figure \(figure.number). \(figure.title)")
        } catch {
            throw ReportError(figure.location, "figure \(figure.number) cannot be used: \(error.message)")
        }
    }
}

/// A report in Markdown and the SVG files its images refer to.
public struct MarkdownReport: Hashable, Sendable {
    /// An SVG file to write beside the Markdown.
    public struct Figure: Hashable, Sendable {
        /// The file name, as the Markdown refers to it.
        public let name: String
        public let svg: String
    }

    public let markdown: String
    public let figures: [Figure]
}
