import ArgumentParser
import SupplyNet

/// The options every command that reads the network shares.
struct DataOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The data folder (registry.yaml, flows.yaml, articles/, claims/), or a bulk .jsonl file.", valueName: "path"))
    var data: String = "seeds"

    /// Loads and validates the data with the loader's notes (unreviewed claims); on failure prints
    /// every problem and exits 1.
    func loadNetworkWithNotes() throws -> (Network, [LoadNote]) {
        do {
            if data.hasSuffix("." + BulkFormat.fileExtension) { return (try BulkLoader(path: data).load(), []) }
            return try NetworkLoader(dataFolder: data).loadWithNotes()
        } catch {
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
    }

    /// Loads and validates the data; on failure prints every problem and exits 1.
    func loadNetwork() throws -> Network {
        do {
            if data.hasSuffix("." + BulkFormat.fileExtension) { return try BulkLoader(path: data).load() }
            return try NetworkLoader(dataFolder: data).load()
        } catch {
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
    }
}
