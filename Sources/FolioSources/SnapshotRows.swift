import FolioData
import PostgresNIO

/// The rows of one query on their way into its snapshot: each row is encoded into CSV bytes as it arrives,
/// and the bytes go to the file every 64 KiB.
///
/// A value type, kept in one stored property of `PullSink` and changed through one mutating call per row,
/// so that Swift checks exclusive access once per row instead of once per cell. (`PullSink` counts the rows
/// against the source's limit before they are sent here.)
struct SnapshotRows: Sendable {
    let file: SnapshotFile
    enum Problem: Error {
        /// A cell the snapshot cannot hold (an infinite date, NaN…).
        case unwritable(column: String, row: Int, reason: String)
    }

    private(set) var encoders: [ColumnEncoder]
    private(set) var count = 0
    private var buffer: [UInt8] = []

    init(file: SnapshotFile, encoders: [ColumnEncoder]) {
        self.file = file
        self.encoders = encoders
        buffer.reserveCapacity(1 << 17)
    }

    /// Encodes one row; writes the buffer to the file once it holds 64 KiB.
    mutating func append(_ row: PostgresRow) throws {
        var index = 0
        // Through the buffer: changing `encoders[index]` would check that the array is unique for every cell.
        try encoders.withUnsafeMutableBufferPointer { encoders in
            for cell in row {
                // Every row has the columns the first one named; this keeps the unchecked buffer in bounds.
                guard index < encoders.count else { break }
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                do {
                    try encoders[index].append(cell, to: &buffer)
                } catch let problem as CellText.Unwritable {
                    throw Problem.unwritable(column: cell.columnName, row: count + 1, reason: problem.reason)
                }
                index += 1
            }
        }
        buffer.append(0x0A)
        count += 1
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what is buffered.
    mutating func flush() throws {
        try file.write(&buffer)
    }
}
