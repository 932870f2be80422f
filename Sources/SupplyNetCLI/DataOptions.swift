import ArgumentParser
import Foundation
import SupplyNet

extension DataFormat: ExpressibleByArgument {}

/// The options every command that reads the network shares.
struct DataOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The data: a folder (registry.yaml, flows.yaml, articles/, claims/), a .json export, a .jsonl bulk file, or - for standard input.",
            valueName: "path"))
    var data: String = "seeds"

    @Option(
        name: .customLong("data-format"),
        help: "The format of --data, when its name does not tell (always for -).")
    var dataFormat: DataFormat?

    func validate() throws {
        if data == "-", dataFormat == nil {
            throw ValidationError("--data - reads standard input, whose format cannot be told: add --data-format json or --data-format jsonl")
        }
    }

    /// What the data option reads, which no output of the command may overwrite: the file, or the
    /// folder's registry, flows, articles and claims (not whatever else lies in the folder).
    var inputs: [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data, isDirectory: &isFolder), isFolder.boolValue else { return [data] }
        return ["registry.yaml", "flows.yaml", "articles", "claims"].map { (data as NSString).appendingPathComponent($0) }
    }

    /// Loads and validates the data with the loader's notes (unreviewed claims); on failure prints
    /// every problem and exits 1.
    func loadNetworkWithNotes() throws -> (Network, [LoadNote]) {
        do {
            return try NetworkLoader(path: data, format: dataFormat).loadWithNotes()
        } catch {
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
    }

    /// Loads and validates the data; on failure prints every problem and exits 1.
    func loadNetwork() throws -> Network {
        try loadNetworkWithNotes().0
    }
}
