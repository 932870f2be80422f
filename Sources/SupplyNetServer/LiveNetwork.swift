import Foundation
import SupplyNet

/// The network the explorer serves, reloaded when its data changes: before answering, a request
/// asks for the current network; if a data file's size or modification time changed since the
/// last look (at most every half second), the data is loaded and checked again. A failed load
/// keeps the last good network and records the problems, which every page then shows.
final class LiveNetwork: @unchecked Sendable {
    /// What a request works with.
    struct Snapshot: Sendable {
        /// The last network that loaded without a problem; nil when none ever has.
        let network: Network?
        /// The problems of the latest load, as `check` prints them; nil when it succeeded.
        let problems: String?
        /// Counts the loads that succeeded: the key that invalidates cached figures.
        let version: Int
    }

    private struct State {
        var snapshot = Snapshot(network: nil, problems: nil, version: 0)
        var fingerprint: [String] = []
        var lastLook = Date.distantPast
    }

    let path: String
    let format: DataFormat?
    /// Guards `state`; held while loading, so concurrent requests wait for one load.
    private let lock = NSLock()
    private var state = State()

    init(path: String, format: DataFormat?) {
        self.path = path
        self.format = format
    }

    /// The network as the data now says, reloading first when a file changed.
    func current() -> Snapshot {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let neverLoaded = state.snapshot.network == nil && state.snapshot.problems == nil
        guard neverLoaded || now.timeIntervalSince(state.lastLook) >= 0.5 else { return state.snapshot }
        state.lastLook = now
        let fingerprint = Self.fingerprint(of: path)
        guard neverLoaded || fingerprint != state.fingerprint else { return state.snapshot }
        state.fingerprint = fingerprint
        do {
            let network = try NetworkLoader(path: path, format: format).load()
            state.snapshot = Snapshot(network: network, problems: nil, version: state.snapshot.version + 1)
        } catch {
            state.snapshot = Snapshot(network: state.snapshot.network, problems: error.description, version: state.snapshot.version)
        }
        return state.snapshot
    }

    /// Each data file's path, size and modification time: a folder's registry, flows, articles
    /// and claims, or the one file.
    static func fingerprint(of path: String) -> [String] {
        let manager = FileManager.default
        var files = [path]
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            files = ["registry.yaml", "flows.yaml"].map { (path as NSString).appendingPathComponent($0) }
            for folder in ["articles", "claims"] {
                let full = (path as NSString).appendingPathComponent(folder)
                let names = (try? manager.contentsOfDirectory(atPath: full)) ?? []
                files += names.sorted().map { (full as NSString).appendingPathComponent($0) }
            }
        }
        return files.map { file in
            let attributes = try? manager.attributesOfItem(atPath: file)
            let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(file)\t\(size)\t\(modified)"
        }
    }
}
