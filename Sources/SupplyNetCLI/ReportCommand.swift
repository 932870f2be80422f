import ArgumentParser
import Foundation
import GraphvizKit
import SupplyNet
import SupplyNetReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Build a cited report from Markdown: each supplynet block becomes a figure with its evidence.",
        discussion: """
            Fenced blocks in the supplynet language hold one query each, in the command line's words: \
            network, flows --kind sanction, focus IRN --radius 1, paths IRN UKR --max-hops 3, timeline, \
            show IRN RUS, and sources (the table of articles). Each block is replaced by its figure, a \
            caption, a legend and a numbered evidence table (quote, speaker, source, date); each edge \
            links to its rows, each row to its article. \
            --format html (the default) writes one self-contained page: CSS and SVG inline, no script, \
            nothing fetched, print styles. --format md writes Markdown for GitHub and GitLab with each \
            figure as an SVG file beside it (<name>-figure-<n>.svg). Without --format, -o's extension \
            names the format (.html or .htm, .md or .markdown). \
            A bad block fails the build with file:line:column and what to do; nothing is written. \
            The format is described in docs/reports.md. \
            Example: supplynet report seeds/report.md -o graphs/report.html
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable, FileFormat {
        case html, md

        var extensions: [String] {
            switch self {
            case .html: ["html", "htm"]
            case .md: ["md", "markdown"]
            }
        }
    }

    @Argument(help: ArgumentHelp("The report's Markdown.", valueName: "report.md"))
    var report: String

    @OptionGroup var dataOptions: DataOptions

    @Option(help: "html: one self-contained page; md: Markdown with the figures as SVG files beside it (default: from -o's extension, else html).")
    var format: Format?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("The file to write (- for standard output, html only); default: the report's name with .html, or -rendered.md.", valueName: "path"))
    var output: String?

    func validate() throws {
        let format = try resolvedFormat
        if output == "-", format == .md {
            throw ValidationError("--format md writes SVG files beside the Markdown; give -o a file, not -")
        }
        if let output, format == .md, output.hasPrefix("/dev/") || output.hasPrefix("/proc/") {
            throw ValidationError("--format md writes SVG files beside the Markdown; give -o a file in a folder of yours, not '\(output)'")
        }
        if let output, output != "-", URL(fileURLWithPath: output).standardizedFileURL == URL(fileURLWithPath: report).standardizedFileURL {
            throw ValidationError("-o '\(output)' is the report itself; write the output to another file")
        }
    }

    /// --format, else -o's extension, else html.
    private var resolvedFormat: Format {
        get throws { try Format.resolve(format, output: output, fallback: .html, command: "report") }
    }

    private func outputPath(for format: Format) -> String {
        if let output { return output }
        // As the user spelled it, so messages name the paths they typed.
        let stem = (report as NSString).deletingPathExtension
        return format == .html ? stem + ".html" : stem + "-rendered.md"
    }

    func run() throws {
        let format = try resolvedFormat
        let outputPath = outputPath(for: format)
        // A regular file only, so a device (/dev/zero), a FIFO or a folder is named for what it is.
        let markdown: String
        switch InputFile.read(report, limit: InputFile.textLimit) {
        case .success(let data):
            guard let text = String(data: data, encoding: .utf8) else {
                Terminal.printError("\(report): error: cannot read the report: it is not UTF-8 text; save it as UTF-8")
                throw ExitCode.failure
            }
            markdown = text
        case .failure(let refusal):
            Terminal.printError("\(report): error: cannot read the report: \(refusal.description)")
            throw ExitCode.failure
        }
        let network = try dataOptions.loadNetwork()
        let composer = ReportComposer(
            network: network, render: { dot, engine in try Graphviz.renderSVG(dot, engine: LayoutEngine(engine)) },
            layout: { dot, engine in PinnedLayout(graphvizLayout: try Graphviz.layout(dot, engine: LayoutEngine(engine))) })
        do {
            let document = try ReportDocument(markdown: markdown, file: report)
            switch format {
            case .html:
                let html = try composer.html(document)
                try write([(outputPath, Data(html.utf8))])
            case .md:
                let target = URL(fileURLWithPath: outputPath)
                let stem = target.deletingPathExtension().lastPathComponent
                let composed = try composer.markdown(document) { "\(stem)-figure-\($0).svg" }
                let folder = (outputPath as NSString).deletingLastPathComponent
                // The figures first, the Markdown that refers to them last.
                try write(
                    composed.figures.map { ((folder as NSString).appendingPathComponent($0.name), Data($0.svg.utf8)) }
                        + [(outputPath, Data(composed.markdown.utf8))])
            }
        } catch let error as ReportError {
            Terminal.printError(error.description + "\nnothing was written.")
            throw ExitCode.failure
        }
    }

    /// Writes the page, or the Markdown and its figures as one set; never over the report or the data.
    private func write(_ files: [(String, Data)]) throws {
        let inputs = [report] + dataOptions.inputs
        if let (path, data) = files.first, files.count == 1 {
            let target = OutputTarget(path)
            try target.write(data, protecting: inputs)
            if !target.isStandardOutput { Terminal.printError("wrote \(path)") }
            return
        }
        try OutputTarget.write(files.map { OutputFile(path: $0.0, data: $0.1) }, protecting: inputs, announce: true)
    }
}
