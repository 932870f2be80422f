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

    /// Lays out DOT with a Graphviz engine and returns where it put every node and edge, so that
    /// a timeline's snapshots can all be drawn with one layout (`PinnedLayout`).
    public typealias Layout = (_ dot: String, _ engine: String) throws -> PinnedLayout

    public let network: Network
    private let render: Renderer
    private let layout: Layout?

    /// - Parameter layout: without it, each snapshot of a timeline is laid out on its own.
    public init(network: Network, render: @escaping Renderer, layout: Layout? = nil) {
        self.network = network
        self.render = render
        self.layout = layout
    }

    /// One block answered: a figure with its drawing, or the sources table.
    enum Insert {
        /// A figure, its drawing and, for a timeline, each panel's drawing alone (the HTML page
        /// shows those, so print can break between them).
        case figure(ReportFigure, SanitizedSVG, panels: [SanitizedSVG])
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
        var figures: [ReportFigure] = []
        var sources: [Int: QueryAnswer] = [:]
        for (index, block) in document.blocks.enumerated() {
            let query = try Self.query(of: block)
            if case .sources = query.subject {
                do { sources[index] = try QueryAnswer(query, in: network) } catch {
                    throw ReportError(error.location ?? block.location, error.message)
                }
                continue
            }
            figures.append(try Self.figure(query, number: figures.count + 1, at: block.location, in: network))
        }
        // Numbered across the report, so no figure repeats rows an earlier one tables.
        var numbered = ReportLedger.numbered(figures)[...]
        var inserts: [Insert] = []
        for index in document.blocks.indices {
            if let answer = sources[index] {
                inserts.append(.sources(answer))
            } else {
                let figure = numbered.removeFirst()
                let (svg, panels) = try draw(figure, linked: linked)
                inserts.append(.figure(figure, svg, panels: panels))
            }
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

    /// The widest drawing, in points, whose smallest text (`NetworkStyle.edgeFontSize`, 12 pt) prints
    /// at 7 pt or more in an A4 page's column (182 mm, 516 pt): wider ones are scaled down further.
    static let legibleWidth = 885.0

    /// One layout of a panelled figure's last panel, for every panel; nil without a `layout`.
    private func pinnedLayout(_ figure: ReportFigure, links: [FlowID: NetworkDOTEncoder.FlowLink]) throws(ReportError) -> PinnedLayout? {
        guard let layout, let union = figure.panels.last?.network else { return nil }
        let options = NetworkDOTEncoder.Options(
            graphID: figure.id, includeLegend: false, newFlows: Set(union.flows.map(\.id)), flowLinks: links,
            aggregatesParallelFlows: true, numbersOnly: true)
        let drawing: NetworkDrawing
        do throws(LayoutBudgetError) { drawing = try NetworkDrawing(union, options: options, engine: figure.query.engine) } catch {
            throw ReportError(figure.location, "figure \(figure.number) is too large to draw: \(error.description)")
        }
        do {
            return try layout(drawing.dot, drawing.engine)
        } catch {
            throw ReportError(figure.location, "graphviz could not lay out figure \(figure.number): \(String(describing: error))")
        }
    }

    /// The figure's SVG: one drawing, or a timeline's snapshots side by side; and a timeline's
    /// snapshots each alone.
    private func draw(_ figure: ReportFigure, linked: Bool) throws(ReportError) -> (SanitizedSVG, panels: [SanitizedSVG]) {
        var links: [FlowID: NetworkDOTEncoder.FlowLink] = [:]
        for (flow, number) in figure.numbers {
            let rows = HTMLReportWriter.rowID(figure: figure.tabledIn[flow] ?? figure.number, flow: number)
            links[flow] = NetworkDOTEncoder.FlowLink(number: number, url: linked ? "#" + rows : nil)
        }
        // The overview draws parallel flows as one edge; a timeline's panels too, labelled by
        // number, all pinned to one layout of the last (which holds every flow).
        let overview = figure.query.subject == .network && !figure.query.everyFlow
        let panelled = figure.panels.count > 1
        let pinned = panelled ? try pinnedLayout(figure, links: links) : nil
        var drawings: [String] = []
        for (index, panel) in figure.panels.enumerated() {
            let options = NetworkDOTEncoder.Options(
                graphID: figure.panels.count == 1 ? figure.id : "\(figure.id)-\(index + 1)", includeLegend: false,
                newFlows: panel.newFlows, highlightedFlows: panel.highlightedFlows, flowLinks: links,
                aggregatesParallelFlows: overview || panelled, pinnedLayout: pinned, numbersOnly: panelled)
            // Before Graphviz: a figure too large for its engine fails at its block, in a moment.
            let drawing: NetworkDrawing
            do throws(LayoutBudgetError) { drawing = try NetworkDrawing(panel.network, options: options, engine: figure.query.engine) } catch {
                throw ReportError(figure.location, "figure \(figure.number) is too large to draw: \(error.description)")
            }
            do {
                drawings.append(try drawing.svg(render))
            } catch {
                throw ReportError(figure.location, "graphviz could not draw figure \(figure.number): \(String(describing: error))")
            }
        }
        var document = drawings[0]
        var panelSVGs: [SanitizedSVG] = []
        if figure.panels.count > 1 {
            for (index, drawing) in drawings.enumerated() {
                do {
                    panelSVGs.append(try SanitizedSVG(drawing, graphTitle: "Figure \(figure.number), snapshot \(index + 1): \(figure.panels[index].caption ?? "")"))
                } catch {
                    throw ReportError(figure.location, "figure \(figure.number) cannot be used: \(error.message)")
                }
            }
            var panels: [SmallMultiples.Panel] = []
            for (panel, drawing) in zip(figure.panels, drawings) {
                guard let svg = SVGFigure(drawing) else {
                    throw ReportError(figure.location, "graphviz drew figure \(figure.number) without a size")
                }
                panels.append(SmallMultiples.Panel(caption: panel.caption ?? "", figure: svg))
            }
            // Panels at their own size, as many to a row as the page holds without shrinking their text.
            let panelWidth = panels.map(\.figure.width).max() ?? 560
            let fitting = max(1, Int(Self.legibleWidth / (panelWidth + 24)))
            document = SmallMultiples.compose(panels, title: figure.title, columns: min(figure.columns, fitting), panelWidth: panelWidth)
        }
        do {
            return (try SanitizedSVG(document, graphTitle: "Figure \(figure.number). \(figure.title)"), panelSVGs)
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
