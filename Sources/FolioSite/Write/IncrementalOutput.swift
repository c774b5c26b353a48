import Synchronization

/// The output of one build in a `BuildSession`: collects the build's files and, once the whole
/// site has rendered, brings the output folder up to date by writing only the files whose bytes
/// changed (see `OutputWriter.update`).
///
/// Nothing touches the folder before `commit`, so a build that fails halfway leaves the site the
/// preview server is showing as it was.
final class IncrementalOutput: OutputSink {
    let writer: OutputWriter
    /// The folder's files as the session last wrote them; nil when it must be written whole.
    let previous: [String: [UInt8]]?
    private let collected = Mutex<[OutputFile]>([])

    init(writer: OutputWriter, previous: [String: [UInt8]]?) {
        self.writer = writer
        self.previous = previous
    }

    func write(_ file: OutputFile) {
        collected.withLock { $0.append(file) }
    }

    /// Writes the changed files and removes those no longer built; writes the folder whole (through
    /// a staging folder) when there is no previous state or the folder cannot be updated in place.
    /// Returns how many files were written and what the folder now holds.
    func commit() throws -> (filesWritten: Int, contents: [String: [UInt8]]) {
        let files = collected.withLock { $0 }
        let contents = Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        if let previous, let count = try? writer.update(files, previous: previous) {
            return (count, contents)
        }
        try writer.write(files)
        return (files.count, contents)
    }
}
