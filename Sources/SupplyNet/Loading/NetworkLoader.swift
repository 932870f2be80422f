import Foundation

/// Loads a data folder (`registry.yaml`, `flows.yaml`, `articles/`, `claims/`) into a `Network`,
/// validating everything and reporting every problem in one run.
public struct NetworkLoader: Sendable {
    /// The folder, as the user named it; messages show paths below it.
    public let dataFolder: String

    public init(dataFolder: String) {
        self.dataFolder = dataFolder
    }

    /// Reads and validates the folder.
    /// - Throws: `LoadError.invalid` with every problem found, sorted by file, line and column.
    public func load() throws(LoadError) -> Network {
        try loadWithNotes().network
    }

    /// Reads and validates the folder, and also returns notes that are not errors: the claims
    /// still waiting for review.
    /// - Throws: `LoadError.invalid` with every problem found, sorted by file, line and column.
    public func loadWithNotes() throws(LoadError) -> (network: Network, notes: [LoadNote]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dataFolder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .dataFolderMissing(path: dataFolder)
        }
        let context = LoadContext(folder: dataFolder)
        let sources = context.readArticles()
        let (actors, items) = context.readRegistry()
        var flows = context.readFlows(actors: actors, items: items)
        context.readClaims(into: &flows, sources: sources, actors: actors, items: items)
        context.requireEvidence(on: flows)
        guard context.log.isEmpty else { throw .invalid(context.log.issues.sorted()) }
        return (Network(actors: actors, items: items, sources: sources, flows: flows), context.notes.sorted())
    }
}

/// The state of one load: the log, and where each id was defined.
final class LoadContext {
    let folder: String
    let log = IssueLog()
    /// Things worth saying that are not errors, such as unreviewed claims.
    var notes: [LoadNote] = []
    var actorLocations: [ActorID: SourceLocation] = [:]
    var itemLocations: [ItemID: SourceLocation] = [:]
    var flowLocations: [FlowID: SourceLocation] = [:]

    init(folder: String) {
        self.folder = folder
    }

    /// The path shown to the user for a file inside the data folder.
    func displayPath(_ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    /// The text of a file inside the folder; reports a missing or non-UTF-8 file.
    func readText(_ relative: String, whatToDo: String) -> String? {
        let path = displayPath(relative)
        guard let data = FileManager.default.contents(atPath: path) else {
            log.report(SourceLocation(file: path), "file not found; \(whatToDo)")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            log.report(SourceLocation(file: path), "file is not valid UTF-8 text; save it as UTF-8")
            return nil
        }
        return text
    }

    /// The names of the files in a subfolder with the given extension, sorted.
    func files(in subfolder: String, withExtension ext: String) -> [String] {
        let path = displayPath(subfolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            log.report(SourceLocation(file: path), "folder not found; create \(subfolder)/ in the data folder")
            return []
        }
        return names.filter { $0.hasSuffix("." + ext) && !$0.hasPrefix(".") }.sorted()
    }

    /// Reports an id defined twice, pointing at the first definition.
    func checkUnique<Entity>(
        _ id: Identifier<Entity>, at location: SourceLocation, in seen: inout [Identifier<Entity>: SourceLocation],
        what: String
    ) -> Bool {
        if let first = seen[id] {
            log.report(location, "duplicate \(what) id '\(id)', first defined at \(first); give each \(what) its own id")
            return false
        }
        seen[id] = location
        return true
    }
}

/// The shapes ids must have.
enum IdentifierRules {
    /// Lowercase letters and digits in words joined by single hyphens: `irn-rus-drones`.
    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Three uppercase letters, as in ISO 3166-1 alpha-3: `IRN`.
    static func isAlpha3(_ text: String) -> Bool {
        text.unicodeScalars.count == 3 && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }
}
