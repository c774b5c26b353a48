import Synchronization

/// The output of one build in a `BuildSession`: collects the files the build rendered and, once
/// it has succeeded, brings the output folder up to date by writing only those whose bytes
/// changed and removing those no longer made (see `OutputWriter.update`).
///
/// Nothing touches the folder before `commit`, so a build that fails halfway leaves the site the
/// preview server is showing as it was.
final class IncrementalOutput: OutputSink {
    let writer: OutputWriter
    private let collected = Mutex<[OutputFile]>([])

    init(writer: OutputWriter) {
        self.writer = writer
    }

    func write(_ file: OutputFile) {
        collected.withLock { $0.append(file) }
    }

    /// Writes the collected files over `folder` (what the output folder holds) and removes
    /// `removed` (with `complete`, every file not collected: the build made the whole site), or, without `folder`, writes the folder whole through a staging folder. Returns
    /// how many files were written and what the folder now holds; throws when the folder cannot
    /// be updated in place (the session then builds it whole).
    func commit(onto folder: [String: FileDigest]?, removing removed: [String], complete: Bool) throws
        -> (filesWritten: Int, contents: [String: FileDigest])
    {
        let files = collected.withLock { $0 }
        guard var contents = folder else {
            try writer.write(files)
            return (
                files.count,
                Dictionary(files.map { ($0.path, FileDigest($0.contents)) }, uniquingKeysWith: { first, _ in first })
            )
        }
        let made = Set(files.map(\.path))
        let gone = (complete ? Array(contents.keys) : removed).filter { !made.contains($0) && contents[$0] != nil }
        var touched: [String: FileDigest] = [:]
        for path in made.union(gone) { touched[path] = contents[path] }
        let count = try writer.update(files, previous: touched)
        for path in gone { contents[path] = nil }
        for file in files { contents[file.path] = FileDigest(file.contents) }
        return (count, contents)
    }
}
