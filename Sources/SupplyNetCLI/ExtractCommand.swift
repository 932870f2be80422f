import ArgumentParser
import Foundation
import SupplyNet
import SupplyNetExtraction

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Propose claims from plain-text articles, each with its sentence, offsets and confidence.",
        discussion: """
            Reads each ARTICLE (UTF-8 text, optionally with the front matter of seeds/README.md) and proposes \
            claims in the dataset's format and vocabulary, using the registry of --data. Offsets are UTF-8 byte \
            offsets into the whole file. Names and designations the registry lacks are listed as notes on \
            standard error. With --into DIR, copies each article into DIR/articles/ and writes \
            DIR/claims/<source-id>.yaml with every claim marked 'review: unreviewed' (check lists them; render \
            leaves them out unless --include-unreviewed). With --evaluate, scores extraction against the \
            curated claims of --data, leave-one-article-out; with --evaluate-set DIR, against the gold claims of an \
            evaluation split (evaluation/extraction/dev; score test/ only to record results). See docs/extraction.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case yaml, json
    }

    @Argument(help: ArgumentHelp("Article files (plain UTF-8 text).", valueName: "article"))
    var articles: [String] = []

    @OptionGroup var dataOptions: DataOptions

    @Option(help: "Output format for standard output.")
    var format: Format = .yaml

    @Option(help: ArgumentHelp("A data folder to add the articles and their unreviewed claims to (it is also the registry read).", valueName: "dir"))
    var into: String?

    @Option(name: .customLong("min-confidence"), help: "Leave out proposals less sure than this (0 to 1).")
    var minimumConfidence: Double = 0.5

    @Flag(help: "Score extraction against the curated claims of --data, leave-one-article-out, and print the table.")
    var evaluate = false

    @Option(name: .customLong("evaluate-set"), help: ArgumentHelp(
        "Score extraction on an evaluation split (articles with <name>.gold.yaml beside them) at --min-confidence, and print the table.",
        valueName: "dir"))
    var evaluationSet: String?

    @Flag(help: "With --evaluate-set: also list what was missed and what was spurious in each article.")
    var details = false

    @Flag(name: .customLong("strict-gazetteer"), help: "With --evaluate: each fold uses only the registry aliases its training articles contain.")
    var strictGazetteer = false

    func validate() throws {
        if strictGazetteer, !evaluate { throw ValidationError("--strict-gazetteer goes with --evaluate") }
        if details, evaluationSet == nil { throw ValidationError("--details goes with --evaluate-set") }
        if evaluationSet != nil {
            if evaluate { throw ValidationError("--evaluate and --evaluate-set are two evaluations; pass one") }
            if !articles.isEmpty { throw ValidationError("--evaluate-set reads the articles of its folder; pass no ARTICLE") }
            if into != nil { throw ValidationError("--evaluate-set writes nothing; leave out --into") }
        } else if evaluate {
            if !articles.isEmpty { throw ValidationError("--evaluate reads the articles of --data; pass no ARTICLE") }
            if into != nil { throw ValidationError("--evaluate writes nothing; leave out --into") }
        } else if articles.isEmpty {
            throw ValidationError("pass at least one article file, or --evaluate, or --evaluate-set DIR")
        }
        if !(0...1).contains(minimumConfidence) { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    func run() throws {
        if evaluate { return try runEvaluation() }
        if let evaluationSet { return try runSetEvaluation(evaluationSet) }
        var options = dataOptions
        if let into { options.data = into }
        let network = try options.loadNetwork()
        let extractor = Extractor(network: network)
        var results: [(ArticleInput, ArticleExtraction)] = []
        var failed = false
        for path in articles {
            do {
                let article = try ArticleInput.read(path: path)
                var extraction = extractor.extract(article)
                extraction.proposals = extraction.proposals.filter { $0.confidence >= minimumConfidence }
                for suggestion in extraction.suggestions {
                    Terminal.printError("\(path):\(suggestion.line):\(suggestion.column): note: '\(suggestion.text)' is not in the registry (\(suggestion.kind.rawValue), \(suggestion.count)×); \(suggestion.advice)")
                }
                results.append((article, extraction))
            } catch {
                Terminal.printError(error.description)
                failed = true
            }
        }
        if let into {
            try write(results, into: into, network: network)
        } else {
            switch format {
            case .json:
                Terminal.write(ExtractionJSON.encode(results.map(\.1)))
            case .yaml:
                var text = ""
                for (article, extraction) in results {
                    text += "---\n" + Self.claimsFile(article, extraction, network: network).yaml()
                }
                Terminal.write(Data(Terminal.visible(text).utf8))
            }
        }
        if failed { throw ExitCode.failure }
    }

    /// Adds each article and its claims file to a data folder, then checks the folder; if the
    /// check fails, removes what it wrote.
    private func write(_ results: [(ArticleInput, ArticleExtraction)], into folder: String, network: Network) throws {
        let addition = DataFolderAddition(
            results.map { article, extraction in
                DataFolderAddition.Article(
                    origin: article.file, bytes: article.bytes, hasSourceDetails: article.title != nil && article.published != nil,
                    claims: Self.claimsFile(article, extraction, network: network))
            },
            into: folder)
        do {
            // New files only, staged together; the articles read are never written over.
            try addition.write(protecting: articles)
        } catch {
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
        for file in addition.files { Terminal.printError("wrote \(file.path)") }
    }

    /// The claims file of one article's proposals.
    private static func claimsFile(_ article: ArticleInput, _ extraction: ArticleExtraction, network: Network) -> ProposedClaimsFile {
        let draft = ClaimsDraft(source: DataFolderAddition.sourceID(for: article.file), proposals: extraction.proposals, network: network)
        return draft.claimsFile(from: article.file, newActors: extraction.newActors)
    }

    /// Scores an evaluation split; a gold's `registry: seeds` is --data, any other names a data
    /// folder relative to the split's parent (evaluation/extraction/networks/myanmar).
    private func runSetEvaluation(_ folder: String) throws {
        do {
            let evaluation = try SetEvaluation(folder: folder, threshold: minimumConfidence, seeds: dataOptions.data)
            Terminal.print(EvaluationTable.markdown(evaluation, details: details))
        } catch {
            Terminal.printError(String(describing: error))
            throw ExitCode.failure
        }
    }

    private func runEvaluation() throws {
        let network = try dataOptions.loadNetwork()
        let evaluation: LeaveOneOutEvaluation
        do {
            evaluation = try LeaveOneOutEvaluation(
                network: network, dataFolder: dataOptions.data, gazetteer: strictGazetteer ? .attestedInTraining : .registry)
        } catch {
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
        Terminal.print(EvaluationTable.markdown(evaluation))
    }
}
