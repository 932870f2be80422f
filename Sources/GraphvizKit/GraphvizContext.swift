internal import CGraphviz
internal import Foundation

/// The process's one Graphviz context, and the one lock every call into
/// libgvc and libcgraph goes through.
///
/// Graphviz is not thread safe ("The library is not thread safe", `man
/// cgraph`): even lookups reorganise shared trees, and error state, the DOT
/// scanner and the message callback are process globals. So all Graphviz work
/// happens inside `withExclusiveAccess`, which also owns the message channel:
/// it installs a callback that captures everything Graphviz would print to
/// stderr (errors and warnings) and restores the previous callback on exit.
///
/// The `GVC_t` is created on first use and kept for the life of the process
/// (reusing it is about twice as fast as a context per render). Plugins come
/// from Graphviz's plugin configuration file (`config6a` in the plugin
/// directory, written by `dot -c`); without it Graphviz silently has no
/// engines or formats, which the errors then say.
///
/// `NSLock` rather than `Synchronization.Mutex`: the package supports macOS 14
/// and `Mutex` needs macOS 15.
final class GraphvizContext: @unchecked Sendable {
    static let shared = GraphvizContext()

    private let lock = NSLock()
    /// Guarded by `lock`.
    private var state: State?

    private struct State {
        let context: OpaquePointer
        let layoutEngineNames: [String]
        let outputFormatNames: [String]
    }

    private init() {}

    /// Runs `body` holding the Graphviz lock, with Graphviz's messages captured.
    ///
    /// Blocks while another thread uses Graphviz.
    func withExclusiveAccess<Result>(
        _ body: (GraphvizSession) throws(GraphvizError) -> Result
    ) throws(GraphvizError) -> Result {
        lock.lock()
        defer { lock.unlock() }

        let previousHandler = agseterrf(captureGraphvizMessage)
        let previousLevel = agseterr(AGWARN)
        defer {
            capturedGraphvizText = ""
            agseterr(previousLevel)
            agseterrf(previousHandler)
        }
        capturedGraphvizText = ""
        agreseterrors()

        let state = try openedState()
        return try body(
            GraphvizSession(
                context: state.context,
                layoutEngineNames: state.layoutEngineNames,
                outputFormatNames: state.outputFormatNames
            )
        )
    }

    /// The shared state, created on first call. Needs the lock and the callback.
    private func openedState() throws(GraphvizError) -> State {
        if let state { return state }
        guard let context = gvContext() else {
            throw GraphvizError(
                kind: .layout,
                message: "Graphviz could not create its context (gvContext returned NULL)"
            )
        }
        // Work around 2.42's garbling of messages over 1 KiB (see the shim).
        _ = gvshim_growMessageBuffer(1 << 20)
        capturedGraphvizText = ""
        let opened = State(
            context: context,
            layoutEngineNames: Self.pluginNames(context, kind: "layout"),
            outputFormatNames: Self.pluginNames(context, kind: "device")
        )
        state = opened
        return opened
    }

    /// Graphviz's plugin names of one kind ("layout", "device", …), sorted.
    private static func pluginNames(_ context: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        defer { gvshim_freeStringList(list, count) }
        let names = (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
        return names.sorted()
    }
}

/// Text Graphviz sent to `captureGraphvizMessage` since the last take.
/// Only touched while holding `GraphvizContext`'s lock, since the callback is
/// only installed then.
nonisolated(unsafe) private var capturedGraphvizText = ""

/// The C-callable message callback: appends to `capturedGraphvizText`.
private let captureGraphvizMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
    if let text { capturedGraphvizText += String(cString: text) }
    return 0
}

/// What a caller holding the Graphviz lock can do; only valid inside
/// `GraphvizContext.withExclusiveAccess`.
final class GraphvizSession {
    let context: OpaquePointer
    /// Layout engines Graphviz loaded, sorted.
    let layoutEngineNames: [String]
    /// Output formats (device plugins) Graphviz loaded, sorted.
    let outputFormatNames: [String]
    /// The warnings `takeMessages` has seen, in order.
    private(set) var warnings: [String] = []

    init(context: OpaquePointer, layoutEngineNames: [String], outputFormatNames: [String]) {
        self.context = context
        self.layoutEngineNames = layoutEngineNames
        self.outputFormatNames = outputFormatNames
    }

    /// The messages Graphviz reported since the last call, and forgets them
    /// (keeping the warnings in `warnings`).
    func takeMessages() -> [GraphvizMessage] {
        defer { capturedGraphvizText = "" }
        let messages = GraphvizMessage.messages(in: capturedGraphvizText)
        warnings += messages.filter { $0.severity == .warning }.map(\.text)
        return messages
    }

    /// Parses `dot` with libcgraph. The caller must `agclose` the result.
    ///
    /// - Throws: `.syntax` with Graphviz's message when the text does not
    ///   parse, holds no graph, or contains a NUL character.
    func readGraph(_ dot: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        if dot.utf8.contains(0) {
            throw GraphvizError(kind: .syntax, message: "the DOT text contains a NUL character")
        }
        let graph = gvshim_readGraph(dot)
        gvshim_resetScanner()
        let messages = takeMessages()
        guard let graph else {
            throw GraphvizError.syntaxError(messages.errorText ?? "the DOT text contains no graph")
        }
        if let errorText = messages.errorText {
            agclose(graph)
            throw GraphvizError.syntaxError(errorText)
        }
        return graph
    }

    /// Throws `.unknownEngine` unless Graphviz has a layout plugin `engine`.
    func checkAvailable(_ engine: LayoutEngine) throws(GraphvizError) {
        let baseName = engine.rawValue.prefix { $0 != ":" }
        guard !layoutEngineNames.contains(String(baseName)) else { return }
        throw unknownEngineError(engine)
    }

    func unknownEngineError(_ engine: LayoutEngine) -> GraphvizError {
        GraphvizError(
            kind: .unknownEngine,
            message: "unknown layout engine \"\(engine.rawValue)\"; "
                + Self.availableList(layoutEngineNames, noun: "layout engines")
        )
    }

    /// Throws `.unknownFormat` unless Graphviz has a device plugin for `format`.
    func checkAvailable(_ format: OutputFormat) throws(GraphvizError) {
        let baseName = format.rawValue.prefix { $0 != ":" }
        guard !outputFormatNames.contains(String(baseName)) else { return }
        throw unknownFormatError(format)
    }

    func unknownFormatError(_ format: OutputFormat) -> GraphvizError {
        GraphvizError(
            kind: .unknownFormat,
            message: "unknown output format \"\(format.rawValue)\"; "
                + Self.availableList(outputFormatNames, noun: "output formats")
        )
    }

    private static func availableList(_ names: [String], noun: String) -> String {
        if names.isEmpty {
            return "Graphviz loaded no \(noun): its plugin configuration is missing "
                + "(run `dot -c` as root to rebuild it)"
        }
        return "available \(noun): " + names.joined(separator: ", ")
    }
}
