import ArgumentParser
import SupplyNet

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the data folder and report every problem as file:line:column.",
        discussion: "Checks the YAML, required fields, ids, the vocabulary, references, and that every quote occurs verbatim in its article. Writes nothing."
    )

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let (network, notes) = try dataOptions.loadNetworkWithNotes()
        for note in notes { Terminal.printError(note.description) }
        let withText = Set(network.sources.filter { !$0.text.isEmpty }.map(\.id))
        let claims = network.claims
        let checked = claims.count { withText.contains($0.source) }
        let quotes = checked == claims.count
            ? "every quote verbatim"
            : "\(checked) quotes verbatim, \(claims.count - checked) from sources without text (not checked)"
        Terminal.print(
            "\(dataOptions.data): ok: \(network.actors.count) actors, \(network.items.count) items, "
                + "\(network.sources.count) sources, \(network.flows.count) flows, \(claims.count) claims, \(quotes)"
                + (notes.isEmpty ? "" : "; \(notes.count) unreviewed (listed above)"))
    }
}
