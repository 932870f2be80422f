import ArgumentParser
import SupplyNet

/// The options every command that reads the network shares.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder: registry.yaml, flows.yaml, articles/, claims/.", valueName: "dir"))
    var data: String = "seeds"

    /// Loads and validates the data folder; on failure prints every problem and exits 1.
    func loadNetwork() throws -> Network {
        do {
            return try NetworkLoader(dataFolder: data).load()
        } catch {
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
    }
}
