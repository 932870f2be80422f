import Foundation
import SupplyNet

/// What `extract --into` adds to a data folder: each article copied into `articles/` (unless the
/// same bytes are already there) and its proposals as `claims/<source>.yaml`, every claim
/// unreviewed; or, when any article cannot be added, why, and nothing.
public struct DataFolderAddition: Sendable {
    /// The files to write, all new: articles, then claims files.
    public let files: [OutputFile]
    /// One `path: error: …` line per article that cannot be added, saying what to do.
    public let problems: [String]

    /// Plans the addition of `results` to `folder`, whose registry is `network`.
    public init(_ results: [(ArticleInput, ArticleExtraction)], into folder: String, network: Network) {
        var files: [OutputFile] = []
        var problems: [String] = []
        for (article, extraction) in results {
            let source = Self.sourceID(for: article.file)
            let articlePath = (folder as NSString).appendingPathComponent("articles/\(source).txt")
            let claimsPath = (folder as NSString).appendingPathComponent("claims/\(source).yaml")
            if FileManager.default.fileExists(atPath: claimsPath) {
                problems.append("\(claimsPath): error: already exists; extract into a fresh copy of the data, or remove the file first")
                continue
            }
            if let existing = FileManager.default.contents(atPath: articlePath) {
                if [UInt8](existing) != article.bytes {
                    problems.append("\(articlePath): error: a different article already has source id '\(source)'; rename \(article.file)")
                    continue
                }
            } else {
                if article.title == nil || article.published == nil {
                    problems.append("\(article.file): error: --into needs the article's front matter with 'title:' and 'published:' (see seeds/README.md); add it at the top of the file")
                    continue
                }
                files.append(OutputFile(path: articlePath, data: Data(article.bytes)))
            }
            let draft = ClaimsDraft(source: source, proposals: extraction.proposals, network: network)
            files.append(OutputFile(path: claimsPath, data: Data(draft.yaml(file: article.file).utf8)))
        }
        self.files = files
        self.problems = problems
    }

    /// The source id for an article file: its name without extension, as a slug.
    public static func sourceID(for path: String) -> SourceID {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return SourceID(ClaimsDraft.slugForSource(name))
    }
}
