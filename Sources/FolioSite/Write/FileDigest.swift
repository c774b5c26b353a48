/// What `folio serve` remembers of each file it wrote, and of each page file it read, instead of
/// its bytes: the length and a 64-bit hash, enough to tell whether a rebuilt file differs from the
/// one on disk, or a page file read again from the one the last build parsed (`LoadedPage`).
///
/// Keeping every file's bytes to compare was a third of the server's memory (167 MB of 452 MB at
/// 10,002 pages, 1.6 GB at 100,002). The hash is Swift's `Hasher` (SipHash, seeded per process),
/// which is fine for a session's own memory: a changed file that keeps its length and its 64-bit
/// hash, and so is not written, is a chance of one in 2⁶⁴ per write.
public struct FileDigest: Hashable, Sendable {
    let count: Int
    let hash: Int

    init(_ bytes: [UInt8]) {
        count = bytes.count
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        hash = hasher.finalize()
    }
}
