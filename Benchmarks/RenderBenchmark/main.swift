// Renders the seed network N times in process and N times with the `dot` command on the same
// DOT, in one run, and prints the ratio. Usage: render-benchmark [--data seeds] [--runs 200]
import Foundation
import GraphvizKit
import SupplyNet

func option(_ name: String, default value: String) -> String {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    return arguments[index + 1]
}

let dataFolder = option("--data", default: "seeds")
let runs = Int(option("--runs", default: "200")) ?? 200

let network: Network
do {
    network = try NetworkLoader(path: dataFolder).load()
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
let dot = NetworkDOTEncoder().encode(network)
let dotFile = FileManager.default.temporaryDirectory.appendingPathComponent("render-benchmark-\(getpid()).dot")
try Data(dot.utf8).write(to: dotFile)
defer { try? FileManager.default.removeItem(at: dotFile) }

let clock = ContinuousClock()

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

// Warm up both, so neither pays for first-time loading in the timed runs.
var inProcessBytes = 0
_ = try Graphviz.render(dot, engine: .dot, format: .svg)

let inProcess = try clock.measure {
    for _ in 0..<runs {
        inProcessBytes = try Graphviz.render(dot, engine: .dot, format: .svg).count
    }
}

func runDotCommand() throws -> Int {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["dot", "-Tsvg", dotFile.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw NSError(domain: "dot", code: Int(process.terminationStatus))
    }
    return data.count
}

var commandBytes = try runDotCommand()
let command = try clock.measure {
    for _ in 0..<runs { commandBytes = try runDotCommand() }
}

let summary = "\(network.actors.count) actors, \(network.flows.count) flows, \(dot.utf8.count) bytes of DOT"
print("seed network: \(summary)")
print("runs: \(runs) each; SVG sizes: in process \(inProcessBytes) bytes, dot command \(commandBytes) bytes")
print(String(format: "in process (GraphvizKit): %8.3f s total, %7.2f ms per render", seconds(inProcess), seconds(inProcess) * 1000 / Double(runs)))
print(String(format: "dot -Tsvg (new process):  %8.3f s total, %7.2f ms per render", seconds(command), seconds(command) * 1000 / Double(runs)))
print(String(format: "ratio: in process is %.2fx the speed of spawning dot", seconds(command) / seconds(inProcess)))
