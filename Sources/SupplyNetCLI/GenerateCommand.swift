import ArgumentParser
import Foundation
import SupplyNet

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic network in the bulk format, for scale tests and benchmarks.",
        discussion: "Hub states, many small companies, heavy-tailed degrees, parallel flows. The same --flows and --seed always give the same file; --data loads it."
    )

    @Option(help: "How many flows (\(OptionBounds.generatedFlows.helpRange)).", transform: { try OptionBounds.generatedFlows.parse($0) })
    var flows: Int

    @Option(help: "The random seed.")
    var seed: UInt64 = 2026

    /// The one format it writes; an option so that `-o` follows the same rules as every command's.
    enum Format: String, ExpressibleByArgument, CaseIterable, FileFormat {
        case jsonl

        var extensions: [String] { ExportFormat.jsonl.extensions }
    }

    @Option(help: "The bulk format (docs/bulk-format.md), the only one (default: from -o's extension, else jsonl).")
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write (.jsonl); - for standard output.", valueName: "path"))
    var output: String = "-"

    func validate() throws {
        _ = try Format.resolve(format, output: output, fallback: .jsonl, command: "generate")
    }

    /// Streams the lines as they are generated, in chunks of about a megabyte: the network is
    /// never held (1M flows: 1.0 GB before, see docs/benchmarks.md).
    func run() throws {
        let (flows, seed) = (self.flows, self.seed)
        try OutputTarget(output).write(
            chunks: { write in
                var chunk = Data()
                chunk.reserveCapacity(Self.chunkSize + 4096)
                try SyntheticNetwork.generate(flows: flows, seed: seed) { record in
                    chunk.append(contentsOf: BulkFormat.line(record).utf8)
                    if chunk.count >= Self.chunkSize {
                        try write(chunk)
                        chunk.removeAll(keepingCapacity: true)
                    }
                }
                if !chunk.isEmpty { try write(chunk) }
            }, protecting: [])
    }

    private static let chunkSize = 1 << 20
}
