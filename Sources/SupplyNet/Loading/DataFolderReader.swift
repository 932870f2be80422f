import Foundation

/// Reads a data folder (`articles/*.txt`, `registry.yaml`, `flows.yaml`, `claims/*.yaml`, laid
/// out as in seeds/README.md) into a `NetworkBuilder`.
struct DataFolderReader {
    /// The folder, as the user named it; messages show paths below it.
    let folder: String
    let builder: NetworkBuilder

    private var log: IssueLog { builder.log }

    /// Reads every file: the articles and the registry first, so references resolve as they are read.
    /// A claims file may propose actors, which must be defined before any flow is read.
    func read() {
        for name in files(in: "articles", withExtension: "txt") { readArticle(named: name) }
        builder.markComplete(.source)
        readRegistry()
        let claimsFiles = files(in: "claims", withExtension: "yaml").compactMap { name in
            readYAML("claims/" + name, subject: "a claims file", defines: [], whatToDo: "").map { (name, $0) }
        }
        for (_, root) in claimsFiles { readActorList(root) }
        builder.markComplete(.actor)
        builder.markComplete(.item)
        readFlowsFile()
        for (name, root) in claimsFiles { readClaimsFile(named: name, root: root) }
    }

    /// The path shown to the user for a file inside the data folder.
    private func displayPath(_ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    /// The text of a file inside the folder; reports a file that is missing, not a regular file,
    /// a link out of the folder, too large or not UTF-8 (returning the issue).
    private func readText(_ relative: String, whatToDo: String) -> Result<String, Failure> {
        let path = displayPath(relative)
        switch InputFile.read(path, within: folder, limit: InputFile.textLimit) {
        case .failure(.notFound):
            return .failure(Failure(issue: log.report(SourceLocation(file: path), "file not found; \(whatToDo)")))
        case .failure(let refusal):
            return .failure(Failure(issue: log.report(SourceLocation(file: path), refusal.description)))
        case .success(let data):
            guard let text = String(validating: data, as: UTF8.self) else {
                return .failure(Failure(issue: log.report(Self.firstInvalidUTF8(in: data, file: path), "the file is not valid UTF-8 text here; save it as UTF-8")))
            }
            return .success(text)
        }
    }

    /// Where the first byte that is not UTF-8 stands.
    private static func firstInvalidUTF8(in data: Data, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return SourceLocation(file: file, line: line, column: column)
            }
        }
    }

    /// The issue that kept a file from being read.
    private struct Failure: Error {
        let issue: Int
    }

    /// The names of the files in a subfolder with the given extension, sorted.
    private func files(in subfolder: String, withExtension ext: String) -> [String] {
        let path = displayPath(subfolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            log.report(SourceLocation(file: path), "folder not found; create \(subfolder)/ in the data folder")
            return []
        }
        return names.filter { $0.hasSuffix("." + ext) && !$0.hasPrefix(".") }.sorted()
    }

    /// An article: front matter for the metadata, the rest verbatim as the text.
    private func readArticle(named name: String) {
        let relative = "articles/" + name
        let path = displayPath(relative)
        let id = String(name.dropLast(".txt".count))
        let text: String
        switch readText(relative, whatToDo: "") {
        case .success(let read): text = read
        case .failure(let failure): return builder.markBroken(.source, id, cause: failure.issue)
        }
        let firstIssue = log.count
        if !IdentifierRules.isSlug(id) {
            log.report(SourceLocation(file: path), "article file name '\(name)' is not a valid source id; rename it to lowercase letters, digits and '-' (like white-house-warns-2023-02-24.txt)")
        }
        guard let article = FrontMatter.split(text) else {
            let issue = log.report(SourceLocation(file: path), "article has no front matter; start the file with a '---' line, then 'title:' and 'published:' lines, then '---', then the text")
            return builder.markBroken(.source, id, cause: issue)
        }
        let yaml = YAMLFile(file: path, text: article.yaml, lineOffset: 1, log: log)
        guard yaml.isReadable,
            let fields = FieldReader(yaml.root, file: path, log: log, subject: .words("the front matter of \(name)"), at: TextMark(line: 2, column: 1))
        else {
            return builder.markBroken(.source, id, cause: firstIssue)
        }
        fields.rejectUnknownKeys(allowed: ["title", "outlet", "published", "published-note", "url"])
        guard let details = builder.readSourceDetails(fields, dateKey: "published", noteKey: "published-note") else {
            return builder.markBroken(.source, id, cause: firstIssue)
        }
        builder.define(
            Source(
                id: SourceID(id), title: details.title, outlet: details.outlet, published: details.published,
                publishedNote: details.note, url: details.url, file: relative, text: article.body,
                textStartLine: article.yaml.count(where: { $0 == "\n" }) + 3),
            at: SourceLocation(file: path))
    }

    /// `registry.yaml`: the actors and the items with their aliases.
    private func readRegistry() {
        guard let root = readYAML("registry.yaml", subject: "the registry", defines: [.actor, .item],
            whatToDo: "create registry.yaml with 'actors:' and 'items:' lists (see seeds/README.md)")
        else { return }
        root.rejectUnknownKeys(allowed: ["actors", "items"])
        readActorList(root)
        for value in root.list("items") {
            if let fields = FieldReader(value, file: root.file, log: log, subject: "an item") { builder.readItem(fields) }
        }
    }

    private func readActorList(_ root: FieldReader) {
        for value in root.list("actors") {
            if let fields = FieldReader(value, file: root.file, log: log, subject: "an actor") { builder.readActor(fields, reviewMark: .line) }
        }
    }

    /// `flows.yaml`: the flows, whose claims come from the claims files.
    private func readFlowsFile() {
        guard let root = readYAML("flows.yaml", subject: "the flows file", defines: [.flow],
            whatToDo: "create flows.yaml with a 'flows:' list (see seeds/README.md)")
        else { return }
        root.rejectUnknownKeys(allowed: ["flows"])
        readFlowList(root)
    }

    private func readFlowList(_ root: FieldReader) {
        for value in root.list("flows") {
            if let fields = FieldReader(value, file: root.file, log: log, subject: "a flow") { builder.readFlow(fields, inlineClaims: false) }
        }
    }

    /// `claims/<name>.yaml` (normally `<source-id>.yaml`): one source's claims, each naming its flow. A file written by
    /// `supplynet extract --into` or `import` may also hold the actors and flows it proposes (`actors:`, `flows:`),
    /// the actors read with the registry's.
    private func readClaimsFile(named name: String, root: FieldReader) {
        root.rejectUnknownKeys(allowed: ["source", "actors", "flows", "claims"])
        if root.value("flows") != nil { readFlowList(root) }
        guard let sourceName = root.requiredString("source", example: "white-house-warns-2023-02-24") else { return }
        let source = builder.source(SourceID(sourceName))
        if source == nil, !builder.isDefined(.source, sourceName) {
            builder.reference(.source, sourceName, at: root.location(of: "source"), as: .claimsFileSource)
        }
        // Ids come from the file's name (normally the source id), so a second file of proposals
        // for the same source cannot renumber the curated claims.
        let stem = String(name.dropLast(".yaml".count))
        for (index, value) in root.list("claims").enumerated() {
            builder.readFileClaim(value, id: ClaimID("\(stem)-\(index + 1)"), source: source, file: root.file)
        }
    }

    /// A YAML file of the folder as a mapping; a file that cannot be read marks the kinds it
    /// `defines` unreadable, so references to them count on its one error.
    private func readYAML(_ relative: String, subject: Subject, defines kinds: [NetworkBuilder.Kind], whatToDo: String) -> FieldReader? {
        let path = displayPath(relative)
        let firstIssue = log.count
        guard case .success(let text) = readText(relative, whatToDo: whatToDo) else {
            builder.markUnreadable(kinds, cause: firstIssue)
            return nil
        }
        let yaml = YAMLFile(file: path, text: text, log: log)
        guard yaml.isReadable, let root = FieldReader(yaml.root, file: path, log: log, subject: subject) else {
            builder.markUnreadable(kinds, cause: firstIssue)
            return nil
        }
        return root
    }
}
