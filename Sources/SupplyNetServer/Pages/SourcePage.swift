import SupplyNet
import SupplyNetReport

extension PageContext {
    /// `/source/ID`: the article's text with every quoted passage marked and linked to its claim
    /// on its flow's page; each claim there links back here.
    func sourcePage(_ text: String) throws(PageError) -> (title: String, body: String) {
        guard let source = network.source(SourceID(text)) else { throw .notFound("no source has the id '\(text)'") }
        var body = "<h1>\(XMLText.escaped(source.title))</h1>\n<p class=\"caption\">\(source.outlet.map { XMLText.escaped($0) + ", " } ?? "")published \(source.published)"
        if let url = SafeLink.web(source.url) { body += " · <a href=\"\(XMLText.escaped(url))\" rel=\"noopener noreferrer\">original</a>" }
        let passages = QuotedPassages.passages(of: source, in: network)
        body += " · \(passages.count == 1 ? "1 quoted passage" : "\(passages.count) quoted passages") marked</p>\n<article class=\"source\">"
        var position = source.text.startIndex
        for passage in passages {
            // A passage inside or across one already marked is listed after the text instead.
            guard passage.range.lowerBound >= position else { continue }
            body += XMLText.escaped(String(source.text[position..<passage.range.lowerBound]))
            body += "<mark id=\"\(ExplorerPaths.claimAnchor(passage.claim.id))\"><a href=\"\(ExplorerPaths.flow(passage.flow))#\(ExplorerPaths.claimAnchor(passage.claim.id))\" "
                + "title=\"\(XMLText.escaped(passage.claim.status.rawValue + " — " + passage.flow.rawValue))\">"
                + XMLText.escaped(String(source.text[passage.range])) + "</a></mark>"
            position = passage.range.upperBound
        }
        body += XMLText.escaped(String(source.text[position...])) + "</article>\n"
        let nested = passages.enumerated().filter { index, passage in passages[..<index].contains { $0.range.upperBound > passage.range.lowerBound } }
        if !nested.isEmpty {
            body += "<h2>Passages inside others</h2><ul>" + nested.map { _, passage in
                "<li><a href=\"\(ExplorerPaths.flow(passage.flow))#\(ExplorerPaths.claimAnchor(passage.claim.id))\">\(XMLText.escaped(passage.claim.id.rawValue))</a>: “\(XMLText.escaped(passage.claim.quote))”</li>"
            }.joined() + "</ul>\n"
        }
        return (source.title, body)
    }
}
