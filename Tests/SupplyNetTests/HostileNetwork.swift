import SupplyNet

/// A small network built in code whose names and quotes hold everything that breaks naive
/// writers: quotes, `<`, `&`, line breaks, control characters, formula starters, Mermaid
/// keywords and directives, ids that collide once sanitised, parallel edges.
enum HostileNetwork {
    static let iranName = "Iran \"the <Islamic> Republic\" & 'co'\nTehran\u{1}\u{7}"
    static let endName = "-2+3 direction LR %%{init: {}}%% `md` #quot;"
    static let dronesName = "Shahed <drones> & \"kamikaze\""
    static let formulaItemName = "@SUM(A1)\r\nline"
    static let deliveredQuote = "He said \"yes\" <b>&amp;</b>\ttab\r\nnext\u{0}"
    static let deniedQuote = "=1+1, no"
    static let attributedQuote = "O'Brien: \"]]> & <![CDATA[\" they arrived"
    static let offeredQuote = "=HYPERLINK(\"http://x\")"
    static let requestedQuote = "Requested, it says"

    static let monthSource = PartialDate(year: 2022, month: 12)!
    static let daySource = PartialDate(year: 2023, month: 5, day: 15)!

    static func make() -> Network {
        let actors = [
            Actor(id: "IRN", name: iranName, kind: .state, aliases: ["=HYPERLINK(\"x\")", "a;b"]),
            Actor(id: "end", name: endName, kind: .armedGroup, parent: "IRN"),
            Actor(id: "a-b", name: "Collide one", kind: .company),
            Actor(id: "a_b", name: "", kind: .person),
        ]
        let items = [
            Item(id: "shahed", name: dronesName, category: .drone),
            Item(id: "formula", name: formulaItemName, category: .technology),
        ]
        let sources = [
            Source(id: "s1", title: "Month <only>", published: monthSource, file: "articles/s1.txt", text: ""),
            Source(id: "s2", title: "Day & night", published: daySource, file: "articles/s2.txt", text: ""),
        ]
        let flows = [
            Flow(id: "f1", from: "IRN", to: "end", kind: .transfer, items: ["shahed", "formula"], claims: [
                Claim(
                    id: "s1-1", status: .delivered, source: "s1", quote: deliveredQuote,
                    period: Period(from: PartialDate(year: 2022, month: 8)),
                    quantity: Quantity(text: "hundreds", low: 200, unit: "drones")),
                Claim(id: "s2-1", status: .denied, source: "s2", quote: deniedQuote, party: "IRN"),
                Claim(id: "s2-2", status: .delivered, source: "s2", quote: attributedQuote, speaker: "O'Brien"),
            ]),
            Flow(id: "f2", from: "IRN", to: "end", kind: .transfer, claims: [
                Claim(
                    id: "s2-3", status: .offered, source: "s2", quote: offeredQuote,
                    period: Period(to: PartialDate(year: 2023, month: 2)),
                    quantity: Quantity(text: "=2", unit: "jets")),
            ]),
            Flow(id: "f3", from: "a-b", to: "a_b", kind: .sanction, claims: [
                Claim(
                    id: "s1-2", status: .requested, source: "s1", quote: requestedQuote,
                    said: PartialDate(year: 2023, month: 1, day: 5)),
            ]),
        ]
        return Network(actors: actors, items: items, sources: sources, flows: flows)
    }

    /// `text` as XML carries it: the characters XML 1.0 forbids are gone.
    static func xmlVisible(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLText.isAllowed)))
    }
}
