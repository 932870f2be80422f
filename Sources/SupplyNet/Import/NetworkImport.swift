import Foundation

/// What `supplynet import` proposes to add to a data folder: actors, flows and claims, all
/// unreviewed, and the article the claims quote when the imported file is itself the source.
///
/// Made by `FollowTheMoneyImport` or `RegisterCSVImport` against the folder's network, and
/// written through `DataFolderAddition`; a plan with `issues` is refused whole.
public struct NetworkImport: Sendable {
    /// The new article the claims quote (an FtM import's file), or nil when they quote the folder's
    /// own articles (a register CSV).
    public var article: Source?
    /// Actors the folder lacks, in order of first use, each unreviewed.
    public var actors: [Actor] = []
    /// Flows the folder lacks, in order of first use, without their claims.
    public var flows: [Flow] = []
    /// The claims, each with the flow it is about (new or already in the folder) and where in the
    /// imported file it came from; every claim is unreviewed.
    public var entries: [ProposedClaimsFile.Entry] = []
    /// What was read but not imported, or imported with less than it said, for standard error.
    public var notes: [String] = []
    /// Why the file cannot be imported, each at its place; nothing is written when there are any.
    public var issues: [ValidationIssue] = []

    public init(article: Source? = nil) {
        self.article = article
    }

    /// The sources the claims cite, in order of first use.
    public var sources: [SourceID] {
        var seen = Set<SourceID>()
        return entries.map(\.claim.source).filter { seen.insert($0).inserted }
    }

    /// The articles and claims files to add to `folder`, whose network is `network`, for
    /// `DataFolderAddition`: an FtM import's file as a new article (front matter from `article`,
    /// then the file's text verbatim) with every actor, flow and claim; for a register, one claims
    /// file per cited source, beside the folder's own article, each new flow in the first file
    /// whose claims use it. `origin` is the imported file, as the user named it.
    public func additions(to folder: String, network: Network, origin: String) -> [DataFolderAddition.Article] {
        let comment = [
            "Imported by supplynet import from \(Self.oneLine(origin)). Nothing here is reviewed: check each claim and actor,",
            "fix or delete it, then delete its 'review: unreviewed' line.",
        ]
        if let article {
            let claims = ProposedClaimsFile(
                source: article.id, comment: comment, provenanceKey: .import, actors: actors, flows: flows, entries: entries)
            return [DataFolderAddition.Article(origin: origin, bytes: Array(Self.articleFile(article).utf8), hasSourceDetails: true, claims: claims)]
        }
        var placed = Set<FlowID>()
        return sources.enumerated().map { index, source in
            let mine = entries.filter { $0.claim.source == source }
            let newFlows = flows.filter { flow in mine.contains { $0.flow == flow.id } && placed.insert(flow.id).inserted }
            let claims = ProposedClaimsFile(
                source: source, comment: comment, provenanceKey: .import, actors: index == 0 ? actors : [], flows: newFlows, entries: mine)
            let file = network.source(source).map { (folder as NSString).appendingPathComponent($0.file) } ?? ""
            let bytes = FileManager.default.contents(atPath: file).map { [UInt8]($0) } ?? []
            return DataFolderAddition.Article(origin: file, bytes: bytes, hasSourceDetails: true, claims: claims)
        }
    }

    /// An article file: front matter, then the text exactly.
    static func articleFile(_ source: Source) -> String {
        var front = "---\ntitle: \(YAMLText.quoted(source.title))\npublished: \(source.published)\n"
        if let note = source.publishedNote { front += "published-note: \(YAMLText.quoted(note))\n" }
        return front + "---\n" + source.text
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
