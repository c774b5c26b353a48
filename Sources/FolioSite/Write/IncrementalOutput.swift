import Synchronization

/// The output of one build in a `BuildSession`: a first build (or one that writes the folder
/// whole) streams its files into a staging folder as `folio build` does; a later build keeps the
/// files whose bytes changed and, once it has succeeded, writes only those over the folder and
/// removes those no longer made (see `OutputWriter.update`).
///
/// Nothing touches the folder before `commit`, so a build that fails halfway leaves the site the
/// preview server is showing as it was. Only the digests of what the folder holds are kept
/// between builds (`FileDigest`), and only changed files' bytes during one: holding every file's
/// bytes made the server's memory grow with the size of the site's HTML.
final class IncrementalOutput: OutputSink {
    let writer: OutputWriter
    private let stage: StagedOutput?
    /// What the folder holds, by path (nil: the build writes the folder whole); every file made
    /// (its digest), and the bytes of those that differ from the folder's. The folder's digests
    /// are held here alone, so `commit` updates them in place: a second reference made every save
    /// copy (and free) the whole dictionary, 80 % of a page-text save's CPU at 100,002 pages.
    private let collected: Mutex<Collected>

    private struct Collected {
        var folder: [String: FileDigest]?
        var made: [String: FileDigest] = [:]
        var changed: [OutputFile] = []
    }

    /// `folder`: the digests of what the output folder holds from this session's last write; nil to
    /// write it whole through a staging folder.
    init(writer: OutputWriter, folder: consuming [String: FileDigest]?) throws {
        self.writer = writer
        stage = folder == nil ? try writer.stage() : nil
        collected = Mutex(Collected(folder: folder))
    }

    func write(_ file: OutputFile) throws {
        let digest = FileDigest(file.contents)
        try stage?.write(file)
        let staged = stage != nil
        collected.withLock {
            $0.made[file.path] = digest
            if !staged && $0.folder?[file.path] != digest { $0.changed.append(file) }
        }
    }

    /// Writes the changed files over the folder and removes `removed` (with `complete`, every file
    /// not made: the build made the whole site), or moves the staging folder in. Returns how many
    /// files were written and what the folder now holds; throws when the folder cannot be updated
    /// in place (the session then builds it whole).
    func commit(removing removed: [String], complete: Bool) throws -> (
        filesWritten: Int, contents: [String: FileDigest]
    ) {
        let (made, changed) = collected.withLock { ($0.made, $0.changed) }
        // Taken straight into `contents`, so that it is the only reference and changes in place.
        guard var contents = collected.withLock({ $0.folder.take() }) else {
            try stage?.commit()
            return (made.count, made)
        }
        let gone = (complete ? Array(contents.keys) : removed).filter { made[$0] == nil && contents[$0] != nil }
        var touched: [String: FileDigest] = [:]
        for path in changed.map(\.path) + gone { touched[path] = contents[path] }
        let count = try writer.update(changed, previous: touched)
        for path in gone { contents[path] = nil }
        for (path, digest) in made { contents[path] = digest }
        return (count, contents)
    }

    /// Throws the staging folder away after a failed build; returns the folder's digests as they
    /// were given, for the next build.
    @discardableResult
    func discard() -> [String: FileDigest]? {
        stage?.discard()
        return collected.withLock { $0.folder.take() }
    }
}
