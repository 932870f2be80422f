import ArgumentParser
import Foundation
import GraphvizKit
import SupplyNet
import SupplyNetServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Explore the cited network in a browser: from any edge to the sentence behind it.",
        discussion: """
            Serves the network, read-only, and prints the address to open. Every page is a link in the \
            command line's words (/?kind=transfer, /actor/IRN, /flow/irn-rus-drones, /paths/IRN/UKR?max-hops=3, \
            /source/<id>, /timeline?step=2). Drawings are made in process by Graphviz; every actor and edge \
            links to its page. When a data file changes, the next request reloads it; if it has problems, \
            every page shows them and the last good network is served. Binds to 127.0.0.1 unless --host \
            says otherwise. Stops on Ctrl-C or SIGTERM.
            """
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(help: "The address to listen on (127.0.0.1: this machine only).")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on (\(OptionBounds.port.helpRange)); 0 picks a free one.", transform: { try OptionBounds.port.parse($0) })
    var port: Int = 8080

    func run() async throws {
        // A first load now, so a broken data folder is told at once (the server would show it too).
        _ = try dataOptions.loadNetwork()
        let explorer = Explorer(
            data: dataOptions.data, format: dataOptions.dataFormat,
            render: { dot, engine in try Graphviz.renderSVG(dot, engine: LayoutEngine(engine)) },
            layout: { dot, engine in PinnedLayout(graphvizLayout: try Graphviz.layout(dot, engine: LayoutEngine(engine))) })
        do {
            try await explorer.run(host: host, port: port) { address in
                Terminal.printError("serving \(dataOptions.data) on \(address) (Ctrl-C stops)")
                Terminal.write(Data((address + "\n").utf8))
            }
        } catch {
            Terminal.printError("error: cannot serve on \(host):\(port): \(error)")
            throw ExitCode.failure
        }
    }
}
