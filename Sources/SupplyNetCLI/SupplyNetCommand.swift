import ArgumentParser

@main
struct SupplyNetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supplynet",
        abstract: "Turn reporting about an arms supply network into a cited, drawable graph.",
        discussion: """
            Every flow in the graph carries claims that quote their source article verbatim.
            Exit status: 0 success, 1 invalid data or a failed render or write, 64 bad arguments.
            """,
        version: "0.1.0",
        subcommands: [CheckCommand.self, RenderCommand.self, ShowCommand.self, PathsCommand.self, TimelineCommand.self, ReportCommand.self, ExportCommand.self, GenerateCommand.self, ExtractCommand.self, ImportCommand.self, ServeCommand.self]
    )
}
