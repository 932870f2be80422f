import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files this process has made and not yet renamed. On SIGINT or SIGTERM they are
/// removed and the process exits 130 or 143, so a killed write leaves no `.tmp` file behind.
///
/// A signal handler may only call async-signal-safe functions, so the registry is a fixed table
/// of C strings that the handler reads without a lock. A slot's string is never freed, because
/// the handler may be reading it: a path is small and a command makes few.
package enum TemporaryFiles {
    /// How many temporary files can be covered at once; more are still removed on failure, only
    /// not on a signal.
    static let capacity = 1_024

    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var handlersInstalled = false

    /// Records `path` for removal on a signal, installing the handlers the first time.
    /// - Returns: the slot to pass to `unregister`, or nil when the table is full.
    package static func register(_ path: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if !handlersInstalled {
            // The table exists before a handler can run: creating it there would allocate.
            _ = slots
            installHandlers()
            handlersInstalled = true
        }
        for slot in 0..<capacity where slots[slot] == nil {
            slots[slot] = strdup(path)
            return slot
        }
        return nil
    }

    /// Forgets a path: it was renamed into place or removed.
    package static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        defer { lock.unlock() }
        slots[slot] = nil
    }

    /// Removes every registered file; what the signal handler does before exiting.
    /// Async-signal-safe: reads the table and calls `unlink`, nothing else.
    package static func removeAll() {
        for slot in 0..<capacity {
            if let path = slots[slot] { unlink(path) }
        }
    }

    private static func installHandlers() {
        // A spawner's thread may have passed them on blocked (Foundation's Process started from a
        // worker thread does), and a command that handles them should receive them.
        var handled = sigset_t()
        sigemptyset(&handled)
        sigaddset(&handled, SIGINT)
        sigaddset(&handled, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
        for signal in [SIGINT, SIGTERM] {
            let previous = Self.signal(signal, handler)
            // A signal the parent chose to ignore (nohup, a background job) stays ignored.
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                _ = Self.signal(signal, SIG_IGN)
            }
        }
    }

    private static func signal(_ number: Int32, _ handler: (@convention(c) (Int32) -> Void)?) -> (@convention(c) (Int32) -> Void)? {
        #if canImport(Glibc)
            Glibc.signal(number, handler)
        #else
            Darwin.signal(number, handler)
        #endif
    }

    private static let handler: @convention(c) (Int32) -> Void = { signal in
        TemporaryFiles.removeAll()
        _exit(128 + signal)
    }
}
