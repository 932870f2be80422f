/// A news article that claims quote: its metadata and its verbatim text.
public struct Source: Hashable, Sendable {
    public var id: SourceID
    public var title: String
    public var outlet: String?
    public var published: PartialDate
    /// How the publication date was read from the text, when it was inferred.
    public var publishedNote: String?
    public var url: String?
    /// The file holding the article, relative to the data folder (`articles/<id>.txt`).
    public var file: String
    /// The article's text, after the front matter, exactly as collected.
    public var text: String
    /// The line of `file` on which `text` starts (after the front matter).
    public var textStartLine: Int

    public init(
        id: SourceID, title: String, outlet: String? = nil, published: PartialDate,
        publishedNote: String? = nil, url: String? = nil, file: String, text: String, textStartLine: Int = 1
    ) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.published = published
        self.publishedNote = publishedNote
        self.url = url
        self.file = file
        self.text = text
        self.textStartLine = textStartLine
    }
}
