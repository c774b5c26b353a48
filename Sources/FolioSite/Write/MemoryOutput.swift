import Synchronization

/// A build's files kept in memory, for `folio check`: it reads every page's HTML (for the ids
/// links point at) and writes nothing.
public final class MemoryOutput: OutputSink {
    private let collected = Mutex<[OutputFile]>([])

    public init() {}

    public func write(_ file: OutputFile) {
        collected.withLock { $0.append(file) }
    }

    /// Every file written, by path (pages arrive in the order they finished rendering).
    public var files: [OutputFile] {
        collected.withLock { $0 }.sorted { $0.path < $1.path }
    }
}
