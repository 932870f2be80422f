extension LoadContext {
    /// Reads `articles/*.txt`: front matter for the metadata, the rest verbatim as the text.
    func readArticles() -> [Source] {
        files(in: "articles", withExtension: "txt").compactMap(readArticle)
    }

    private func readArticle(named name: String) -> Source? {
        let relative = "articles/" + name
        let path = displayPath(relative)
        guard let text = readText(relative, whatToDo: "") else { return nil }
        let id = SourceID(String(name.dropLast(".txt".count)))
        if !IdentifierRules.isSlug(id.rawValue) {
            log.report(SourceLocation(file: path), "article file name '\(name)' is not a valid source id; rename it to lowercase letters, digits and '-' (like white-house-warns-2023-02-24.txt)")
        }
        guard let article = Article(splitting: text) else {
            log.report(SourceLocation(file: path), "article has no front matter; start the file with a '---' line, then 'title:' and 'published:' lines, then '---', then the text")
            return nil
        }
        let yaml = YAMLFile(path: path, text: article.frontMatter, lineOffset: 1, log: log)
        guard yaml.isReadable, let fields = MappingReader(yaml.root, in: yaml, log: log, subject: "the front matter of \(name)") else {
            return nil
        }
        fields.rejectUnknownKeys(allowed: ["title", "outlet", "published", "published-note", "url"])
        let title = fields.requiredString("title", example: "The headline as printed")
        let published = fields.date("published", required: true)
        let url = fields.optionalString("url")
        if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            log.report(fields.location(of: "url"), "url '\(url)' must start with http:// or https://")
        }
        guard let title, let published else { return nil }
        return Source(
            id: id, title: title, outlet: fields.optionalString("outlet"), published: published,
            publishedNote: fields.optionalString("published-note"), url: url, file: relative, text: article.body,
            textStartLine: article.frontMatter.count(where: { $0 == "\n" }) + 3)
    }
}
