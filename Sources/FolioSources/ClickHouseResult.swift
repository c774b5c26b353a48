import FolioData
import FolioDiagnostics
import FolioDirectives
import Foundation

/// One query's result as ClickHouse streams it in `TSVWithNamesAndTypes` (a line of names, a line of types,
/// then one line per row), written into a temporary snapshot as the bytes arrive: a buffer of CSV at a time,
/// never the whole result.
///
/// A server that fails after it began to send (a row limit or time limit reached mid-stream) appends its
/// exception, `Code: 396, e.displayText() = DB::Exception: …`, to the body it has sent with status 200; a line
/// starting with `Code: <digits>, ` and holding `DB::Exception` is read as that and the rest of the body as its
/// text.
struct ClickHouseResult {
    private enum Stage {
        case names, types, rows
    }

    /// What ended the reading early.
    enum Failure: Error {
        /// The server's exception text.
        case server(String)
        /// A problem of the result itself (a column type, a limit, a malformed line).
        case result(Diagnostic)
    }

    private let final: URL
    private let file: NamedQueries.File
    private let maxRows: Int
    private let sourceName: String
    private var stage = Stage.names
    private var pending: [UInt8] = []
    private var names: [String] = []
    private var columns: [ClickHouseColumn] = []
    private var out: [UInt8] = []
    private var serverError: [UInt8]?
    /// Field boundaries of the current line, reused.
    private var ends: [Int] = []
    private(set) var snapshot: SnapshotFile?
    private(set) var rows = 0

    init(final: URL, file: NamedQueries.File, source: Source) {
        self.final = final
        self.file = file
        self.maxRows = source.maxRows
        self.sourceName = source.name
        out.reserveCapacity(1 << 17)
    }

    /// Reads one chunk of the body: every complete line in it, keeping a partial last line for the next.
    mutating func consume(_ chunk: UnsafeRawBufferPointer) throws(Failure) {
        let bytes = chunk.assumingMemoryBound(to: UInt8.self)
        var start = 0
        if serverError != nil {
            keepServerText(bytes)
            return
        }
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else {
                pending.append(contentsOf: bytes[start...])
                return
            }
            if pending.isEmpty {
                try line(UnsafeBufferPointer(rebasing: bytes[start..<newline]))
            } else {
                pending.append(contentsOf: bytes[start..<newline])
                let whole = pending
                pending.removeAll(keepingCapacity: true)
                try whole.withUnsafeBufferPointer { (line) throws(Failure) in try self.line(line) }
            }
            start = newline + 1
            if serverError != nil {
                keepServerText(UnsafeBufferPointer(rebasing: bytes[start...]))
                return
            }
        }
        if out.count >= 1 << 16 { try write() }
    }

    /// After the body ended: the server's late exception, a cut-off line, or the finished snapshot.
    mutating func finish() throws(Failure) -> PulledSnapshot {
        if !pending.isEmpty {
            let rest = pending
            pending = []
            if let code = Self.exceptionStart(in: rest) {
                serverError = Array(rest[code...])
            } else {
                throw .result(Diagnostic(location, "the server's answer ended in the middle of a row"))
            }
        }
        if let serverError { throw .server(String(decoding: serverError, as: UTF8.self)) }
        guard stage == .rows, let snapshot else {
            throw .result(Diagnostic(location, "the server described no result columns for query '\(file.name)'"))
        }
        try write()
        do {
            try snapshot.finish()
        } catch {
            throw .result(Diagnostic(location, "cannot write the snapshot of query '\(file.name)': \(error)"))
        }
        return PulledSnapshot(
            file: snapshot, columns: zip(names, columns).map { ($0, $1.type(rows: rows)) }, rows: rows)
    }

    private mutating func line(_ line: UnsafeBufferPointer<UInt8>) throws(Failure) {
        if line.starts(with: Self.codePrefix), Self.exceptionStart(in: line) == 0 {
            serverError = Array(line) + [0x0A]
            return
        }
        split(line)
        switch stage {
        case .names:
            names = fields(line).map { String(decoding: $0, as: UTF8.self) }
            stage = .types
        case .types:
            try start(types: fields(line).map { String(decoding: $0, as: UTF8.self) })
            stage = .rows
        case .rows:
            try row(line)
        }
    }

    /// Checks the columns and opens the snapshot file with their header.
    private mutating func start(types: [String]) throws(Failure) {
        guard types.count == names.count else {
            throw .result(
                Diagnostic(
                    location, "the result is not in TSVWithNamesAndTypes, the format Folio asks for",
                    hint: "remove the query's FORMAT clause"))
        }
        var seen: Set<String> = []
        for (name, type) in zip(names, types) {
            guard seen.insert(name).inserted else {
                throw .result(
                    Diagnostic(
                        location, "query returns two columns named '\(name)'",
                        hint: "name each result column once, e.g. `avg(x) AS \(name)_avg`"))
            }
            guard let column = ClickHouseColumn(type: type) else {
                throw .result(
                    Diagnostic(
                        location, "column '\(name)' has the ClickHouse type \(type), which a snapshot cannot hold",
                        hint: "turn it into a number, a date or text in the SQL, e.g. `toString(\(name))`, "
                            + "or `arrayJoin(\(name))` for one row per element"))
            }
            columns.append(column)
        }
        do {
            snapshot = try SnapshotFile(final: final, names: names)
        } catch {
            throw .result(Diagnostic(location, "cannot write the snapshot of query '\(file.name)': \(error)"))
        }
    }

    private mutating func row(_ line: UnsafeBufferPointer<UInt8>) throws(Failure) {
        guard ends.count == columns.count else {
            // An exception cut into the row (the server failed while writing it).
            if let code = Self.exceptionStart(in: line) {
                serverError = Array(line[code...]) + [0x0A]
                return
            }
            throw .result(
                Diagnostic(
                    location,
                    "row \(rows + 1) of the result has \(ends.count) fields, not \(columns.count)",
                    hint: "a query's result is one table: remove WITH TOTALS, or a FORMAT clause"))
        }
        guard rows < maxRows else {
            throw .result(Source.tooManyRows(in: file, maxRows: maxRows, source: sourceName))
        }
        // Through the buffer: changing `columns[index]` would check that the array is unique for every cell.
        var failed: (column: Int, reason: String)?
        columns.withUnsafeMutableBufferPointer { columns in
            var start = 0
            for index in 0..<columns.count {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                let end = ends[index]
                do throws(CellText.Unwritable) {
                    try columns[index].append(UnsafeBufferPointer(rebasing: line[start..<end]), to: &out)
                } catch {
                    failed = (index, error.reason)
                    return
                }
                start = end + 1
            }
        }
        if let failed {
            throw .result(Diagnostic(location, "column '\(names[failed.column])', row \(rows + 1): \(failed.reason)"))
        }
        out.append(0x0A)
        rows += 1
    }

    /// The end of each tab-separated field of `line`, into `ends`.
    private mutating func split(_ line: UnsafeBufferPointer<UInt8>) {
        ends.removeAll(keepingCapacity: true)
        var index = 0
        while let tab = line[index...].firstIndex(of: 0x09) {
            ends.append(tab)
            index = tab + 1
        }
        ends.append(line.count)
    }

    /// The fields of a header line, unescaped.
    private func fields(_ line: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
        var start = 0
        return ends.map { end in
            defer { start = end + 1 }
            return ClickHouseColumn.unescaped(UnsafeBufferPointer(rebasing: line[start..<end]))
        }
    }

    private mutating func write() throws(Failure) {
        guard let snapshot else { return }
        do {
            try snapshot.write(&out)
        } catch {
            throw .result(Diagnostic(location, "cannot write the snapshot of query '\(file.name)': \(error)"))
        }
    }

    /// Keeps up to 64 KiB of the server's exception text.
    private mutating func keepServerText(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var text = serverError, text.count < 1 << 16 else { return }
        text.append(contentsOf: bytes.prefix(1 << 16))
        serverError = text
    }

    private static let codePrefix = Array("Code: ".utf8)

    /// Where `Code: <digits>, ` starts in `bytes`, when the bytes from there hold `DB::Exception`.
    static func exceptionStart<Bytes: Collection<UInt8>>(in bytes: Bytes) -> Int? where Bytes.Index == Int {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let code = text.range(of: "Code: "), text[code.upperBound...].contains("DB::Exception") else {
            return nil
        }
        let digits = text[code.upperBound...].prefix { $0.isNumber }
        guard !digits.isEmpty else { return nil }
        return text.utf8.distance(from: text.startIndex, to: code.lowerBound)
    }

    private var location: SourceLocation { SourceLocation(path: file.path, line: 1, column: 1) }
}
