import ArgumentParser
import Foundation
import SupplyNet

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add claims from FollowTheMoney entities or an edited transfer register to a data folder, unreviewed.",
        discussion: """
            ftm: FollowTheMoney entities as JSON lines (a sanctions list's export, an Aleph \
            collection, export --format ftm): the file becomes an article of DIR, and each Sanction \
            and each UnknownLink whose role starts with a flow kind becomes a claim quoting the \
            entity's line, with the actors it names. csv: the transfer register that export \
            --format csv writes, edited in a spreadsheet: each quote must be in one of its row's \
            sources' articles in DIR. Everything added is marked 'review: unreviewed'. Only new \
            files are written, all of them or none, and DIR is checked after; if the check fails, \
            what was written is removed. Without --format, FILE's extension names it (.csv; \
            .ftm.json, .ftm, .json or .jsonl for ftm). Described in docs/exports.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case ftm
        case csv
    }

    @Argument(help: ArgumentHelp("The file to import.", valueName: "file"))
    var file: String

    @Option(help: "The format of the file (default: from its extension).")
    var format: Format?

    @Option(help: ArgumentHelp("The data folder to add to.", valueName: "dir"))
    var into: String

    @Option(help: "The publication date of an FtM file's article: YYYY, YYYY-MM or YYYY-MM-DD (default: today, UTC).")
    var published: String?

    private var resolvedFormat: Format {
        get throws {
            if let format { return format }
            let name = URL(fileURLWithPath: file).lastPathComponent.lowercased()
            if name.hasSuffix(".csv") { return .csv }
            if [".ftm.json", ".ftm", ".json", ".jsonl"].contains(where: name.hasSuffix) { return .ftm }
            throw ValidationError("cannot tell the format of '\(file)' from its name; add --format ftm or --format csv")
        }
    }

    func validate() throws {
        _ = try resolvedFormat
        if let published, PartialDate(parsing: published) == nil {
            throw ValidationError("--published '\(published)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        }
        if published != nil, try resolvedFormat == .csv {
            throw ValidationError("--published dates an FtM file's article; a register's quotes cite the folder's own articles")
        }
    }

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: into, isDirectory: &isFolder), isFolder.boolValue else {
            Terminal.printError("\(into): error: --into takes a data folder (registry.yaml, flows.yaml, articles/, claims/); import writes new files into it")
            throw ExitCode.failure
        }
        let network: Network
        do {
            network = try NetworkLoader(path: into).load()
        } catch {
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
        let text: String
        switch InputFile.read(file, limit: InputFile.textLimit) {
        case .failure(let refusal):
            Terminal.printError("\(file): error: \(refusal.description)")
            throw ExitCode.failure
        case .success(let data):
            guard let decoded = String(validating: data, as: UTF8.self) else {
                Terminal.printError("\(file): error: the file is not valid UTF-8 text; save it as UTF-8")
                throw ExitCode.failure
            }
            text = decoded
        }
        let plan: NetworkImport
        switch try resolvedFormat {
        case .ftm:
            let source = DataFolderAddition.sourceID(for: file)
            let name = URL(fileURLWithPath: file).lastPathComponent
            let date = published.flatMap(PartialDate.init(parsing:)) ?? Self.today
            let article = Source(
                id: source, title: "FollowTheMoney entities from \(name)", published: date,
                publishedNote: published == nil ? "the day supplynet import read the file, which does not say when it was published" : nil,
                file: "articles/\(source).txt", text: text)
            plan = FollowTheMoneyImport.plan(text, file: file, article: article, into: network)
        case .csv:
            plan = RegisterCSVImport.plan(text, file: file, into: network)
        }
        // A large file can have many; the first hundred tell what kind.
        plan.notes.prefix(100).forEach(Terminal.printError)
        if plan.notes.count > 100 { Terminal.printError("\(file): note: \(plan.notes.count - 100) more notes like these") }
        guard plan.issues.isEmpty else {
            plan.issues.sorted().forEach { Terminal.printError($0.description) }
            Terminal.printError("\(plan.issues.count == 1 ? "1 problem" : "\(plan.issues.count) problems") found; nothing was written.")
            throw ExitCode.failure
        }
        guard !plan.entries.isEmpty else {
            Terminal.printError("\(file): nothing to import: no claim the folder lacks; nothing was written.")
            return
        }
        try write(plan.additions(to: into, network: network, origin: file))
        let newFlows = Set(plan.flows.map(\.id))
        Terminal.printError(
            "imported \(plan.entries.count) claims (\(plan.entries.count { newFlows.contains($0.flow) }) on \(plan.flows.count) new flows), "
                + "\(plan.actors.count) new actors, all unreviewed: review them in \(into) (supplynet check --data \(into) lists them)")
    }

    /// Writes the files, new only and all or none, then checks the folder; if the check fails,
    /// removes what it wrote.
    private func write(_ articles: [DataFolderAddition.Article]) throws {
        let addition = DataFolderAddition(articles, into: into)
        do {
            try addition.write(protecting: [file])
        } catch {
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
        for file in addition.files { Terminal.printError("wrote \(file.path)") }
    }

    /// Today's date in UTC.
    private static var today: PartialDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return PartialDate(year: parts.year ?? 2000, month: parts.month, day: parts.day) ?? PartialDate(year: 2000)!
    }
}
