import FolioData
import FolioQuery
import Foundation

/// One snapshot being written: the CSV goes to a temporary file beside its final place, row by row through
/// a small buffer (never the whole result in memory), and is renamed into place only when every query of
/// the pull succeeded, so a failed pull leaves every snapshot as it was.
final class SnapshotFile {
    let final: URL
    let temporary: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private(set) var rows = 0
    private let names: [String]
    private let kinds: [CellText.Kind]
    /// Per text column: still possibly all months / all days (NULLs aside).
    private var allMonths: [Bool]
    private var allDays: [Bool]

    init(final: URL, columns: [(name: String, kind: CellText.Kind)]) throws {
        self.final = final
        self.temporary = final.deletingLastPathComponent()
            .appendingPathComponent(".\(final.lastPathComponent).pulling-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(
            at: final.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        handle = try FileHandle(forWritingTo: temporary)
        names = columns.map(\.name)
        kinds = columns.map(\.kind)
        allMonths = columns.map { $0.kind == .text }
        allDays = columns.map { $0.kind == .text }
        buffer.reserveCapacity(1 << 16)
        append(CSVWriter.line(names))
    }

    /// Adds one row (nil for NULL).
    func write(_ cells: [String?]) throws {
        for (index, cell) in cells.enumerated() {
            guard let cell else { continue }
            if allMonths[index], ISOText.month(cell) == nil { allMonths[index] = false }
            if allDays[index], ISOText.day(cell) == nil { allDays[index] = false }
        }
        CSVWriter.append(cells, to: &buffer)
        rows += 1
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Flushes and closes the temporary file; returns the columns with the types they read back as.
    func finish() throws -> [(name: String, type: ColumnType)] {
        try flush()
        try handle.close()
        return names.indices.map { index in
            let type: ColumnType =
                switch kinds[index] {
                case .number: .number
                case .date: .date
                case .text:
                    rows > 0 && allMonths[index] ? .month : rows > 0 && allDays[index] ? .date : .text
                }
            return (names[index], type)
        }
    }

    /// Removes the temporary file (a failed pull).
    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }

    private func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
