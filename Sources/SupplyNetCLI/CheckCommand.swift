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
        for flow in SingleVoiceFlow.all(in: network) { Terminal.printError("note: " + flow.note(in: network)) }
        Terminal.print("\(dataOptions.data): ok: \(NetworkSummary(network, notes: notes))")
    }
}
