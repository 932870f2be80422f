import Foundation

/// What adding proposals to a data folder writes (`extract --into`, `import --into`): each
/// article copied into `articles/` (unless the same bytes are already there) and its proposals as
/// `claims/<source>.yaml`; or, when any article cannot be added, why, and nothing. Every file it
/// writes is new: nothing the user has is replaced.
public struct DataFolderAddition: Sendable {
    /// One article and what is proposed from it.
    public struct Article: Sendable {
        /// Where it was read from, for messages.
        public var origin: String
        /// The article file's bytes, front matter included.
        public var bytes: [UInt8]
        /// Whether its front matter gives the `title:` and `published:` a data folder's article needs.
        public var hasSourceDetails: Bool
        public var claims: ProposedClaimsFile

        public init(origin: String, bytes: [UInt8], hasSourceDetails: Bool, claims: ProposedClaimsFile) {
            self.origin = origin
            self.bytes = bytes
            self.hasSourceDetails = hasSourceDetails
            self.claims = claims
        }
    }

    /// The files to write, all new: articles, then claims files.
    public let files: [OutputFile]
    /// One `path: error: …` line per article that cannot be added, saying what to do.
    public let problems: [String]

    /// Plans the addition of `articles` to `folder`.
    public init(_ articles: [Article], into folder: String) {
        var files: [OutputFile] = []
        var problems: [String] = []
        for article in articles {
            let source = article.claims.source
            let articlePath = (folder as NSString).appendingPathComponent("articles/\(source).txt")
            let claimsPath = (folder as NSString).appendingPathComponent("claims/\(source).yaml")
            if FileManager.default.fileExists(atPath: claimsPath) {
                problems.append("\(claimsPath): error: already exists; add into a fresh copy of the data, or remove the file first")
                continue
            }
            if let existing = FileManager.default.contents(atPath: articlePath) {
                if [UInt8](existing) != article.bytes {
                    problems.append("\(articlePath): error: a different article already has source id '\(source)'; rename \(article.origin)")
                    continue
                }
            } else {
                if !article.hasSourceDetails {
                    problems.append("\(article.origin): error: adding to a data folder needs the article's front matter with 'title:' and 'published:' (see seeds/README.md); add it at the top of the file")
                    continue
                }
                files.append(OutputFile(path: articlePath, data: Data(article.bytes)))
            }
            files.append(OutputFile(path: claimsPath, data: Data(article.claims.yaml().utf8)))
        }
        self.files = files
        self.problems = problems
    }

    /// The source id for an article file: its name without extension, as a slug ("article" when
    /// the name has no letter or digit).
    public static func sourceID(for path: String) -> SourceID {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return SourceID(IdentifierRules.slug([name]) ?? "article")
    }
}
