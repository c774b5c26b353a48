import FolioData
import Foundation

/// One snapshot being written: the CSV goes to a temporary file beside its final place, a buffer of rows at a
/// time (never the whole result in memory), and is renamed into place only when every query of the pull
/// succeeded, so a failed pull leaves every snapshot as it was.
final class SnapshotFile: Sendable {
    let final: URL
    let temporary: URL
    private let handle: FileHandle

    /// Creates the temporary file and writes the header line.
    init(final: URL, names: [String]) throws {
        self.final = final
        self.temporary = final.deletingLastPathComponent()
            .appendingPathComponent(".\(final.lastPathComponent).pulling-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(
            at: final.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        handle = try FileHandle(forWritingTo: temporary)
        try handle.write(contentsOf: Array(CSVWriter.line(names).utf8))
    }

    /// Writes `bytes` (whole CSV records) and empties it for the next ones.
    func write(_ bytes: inout [UInt8]) throws {
        if !bytes.isEmpty { try handle.write(contentsOf: bytes) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Closes the temporary file.
    func finish() throws {
        try handle.close()
    }

    /// Removes the temporary file (a failed pull).
    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}
