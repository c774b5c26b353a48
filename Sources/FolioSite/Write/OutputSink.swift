/// Where a build's files go, each as soon as it is finished: the staging folder for `folio build`,
/// memory for `folio check`, the incremental writer for `folio serve`.
///
/// A build writes from several tasks at once, in no fixed order, and before it knows whether
/// every page renders; it writes each path once. A sink that must never show half a site writes
/// where its owner can throw the files away (`StagedOutput`) or holds them until told to write
/// (`IncrementalOutput`).
public protocol OutputSink: Sendable {
    func write(_ file: OutputFile) throws

    /// Writes the file at `path` from the pieces `pieces` hands to its `emit`, in order, as they are
    /// made. A print edition of 10,000 sections is 31 MB: written a section at a time, neither the
    /// sections nor the document are held whole (bench/pages-from-data). A sink that needs the
    /// whole file (to compare or keep it) joins the pieces, as the default does.
    func write(path: String, pieces: (_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws
}

extension OutputSink {
    public func write(path: String, pieces: (_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void)
        throws
    {
        var contents: [UInt8] = []
        try pieces { contents.append(contentsOf: $0) }
        try write(OutputFile(path: path, contents: contents))
    }
}
