/// Where a build's files go, each as soon as it is finished: the staging folder for `folio build`,
/// memory for `folio check`, the incremental writer for `folio serve`.
///
/// A build writes from several tasks at once, in no fixed order, and before it knows whether
/// every page renders; it writes each path once. A sink that must never show half a site writes
/// where its owner can throw the files away (`StagedOutput`) or holds them until told to write
/// (`IncrementalOutput`).
public protocol OutputSink: Sendable {
    func write(_ file: OutputFile) throws
}
