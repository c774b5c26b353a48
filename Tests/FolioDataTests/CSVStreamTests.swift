import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioData

/// `CSVStream` against `CSVReader`: the same column types, the same values in the form SQLite stores them,
/// and the same diagnostics, on the repository's CSV files and on generated hostile files.
@Suite struct CSVStreamTests {
    /// A value as bound to SQLite: numbers by bit pattern (so -0.0 and 0.0 differ), months and dates as ISO text.
    enum Bound: Hashable, CustomStringConvertible {
        case null
        case number(UInt64)
        case text(String)

        var description: String {
            switch self {
            case .null: "NULL"
            case let .number(bits): "\(Double(bitPattern: bits))"
            case let .text(text): "'\(text)'"
            }
        }
    }

    /// Column names and types, rows of bound values, or the diagnostics thrown, as text.
    struct Outcome: Equatable, CustomStringConvertible {
        var columns: [String] = []
        var rows: [[Bound]] = []
        var problems: [String] = []
        /// Whether the stream read the rows itself (not compared: the reference never streams).
        var streamed = false

        static func == (lhs: Outcome, rhs: Outcome) -> Bool {
            (lhs.columns, lhs.rows, lhs.problems) == (rhs.columns, rhs.rows, rhs.problems)
        }

        var description: String {
            problems.isEmpty ? "\(columns) \(rows.prefix(5))…" : problems.joined(separator: "\n")
        }
    }

    static func reference(_ bytes: [UInt8], schema: TableSchema) -> Outcome {
        var outcome = Outcome()
        let found = diagnostics {
            let table = try CSVReader(schema: schema).read(bytes, path: "data/t.csv")
            outcome = bound(table)
        }
        return found.isEmpty ? outcome : Outcome(problems: found.map(\.description))
    }

    static func streamed(_ bytes: [UInt8], schema: TableSchema) -> Outcome {
        var outcome = Outcome()
        let found = diagnostics {
            switch try CSVStream.open(bytes, path: "data/t.csv", schema: schema) {
            case let .table(table):
                outcome = bound(table)
            case let .stream(stream):
                outcome.streamed = true
                outcome.columns = stream.shape.columns.map { "\($0.name):\($0.type)" }
                try stream.forEachRow { row in
                    outcome.rows.append(
                        row.map { cell in
                            switch cell {
                            case .missing: .null
                            case let .number(value): .number(value.bitPattern)
                            case let .bytes(bytes): .text(String(decoding: bytes, as: UTF8.self))
                            case let .text(text): .text(text)
                            }
                        })
                }
                #expect(outcome.rows.count == stream.rowCount)
            }
        }
        return found.isEmpty ? outcome : Outcome(problems: found.map(\.description), streamed: outcome.streamed)
    }

    private static func bound(_ table: DataTable) -> Outcome {
        let columns = table.columns.map { "\($0.name):\($0.type)" }
        let rows = (0..<table.rowCount).map { row in
            table.columns.map { column -> Bound in
                switch column.values[row] {
                case .missing: .null
                case let .number(value): .number(value.bitPattern)
                case let .text(text): .text(text)
                case let .month(year, month): .text(ISOShape.text(year, month))
                case let .day(year, month, day): .text(ISOShape.text(year, month, day))
                }
            }
        }
        return Outcome(columns: columns, rows: rows)
    }

    /// Compares the two readers on `bytes`; returns whether the stream read the rows itself.
    @discardableResult
    static func expectSame(_ bytes: [UInt8], schema: TableSchema = TableSchema(), _ label: String) -> Bool {
        let expected = reference(bytes, schema: schema)
        let found = streamed(bytes, schema: schema)
        #expect(found == expected, "\(label): \(Array(String(decoding: bytes, as: UTF8.self).prefix(300)))")
        return found.streamed
    }

    @Test func fixtureCSVFilesReadTheSame() throws {
        let folder = "Tests/Fixtures"
        let files =
            FileManager.default.enumerator(atPath: Repository.url(folder).path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".csv") }.map { "\(folder)/\($0)" } ?? []
        #expect(files.count >= 10)
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: Repository.url(file)))
            let streamed = Self.expectSame(bytes, file)
            // The fixture sites' data files are valid and plain: the stream must read them without `CSVReader`.
            if file.contains("-site/content/data/") || file.hasSuffix("tickets/tickets.csv") {
                #expect(streamed, "\(file) was not streamed")
            }
        }
        let tickets = try [UInt8](Data(contentsOf: Repository.url("Tests/Fixtures/tickets/tickets.csv")))
        let schema = TableSchema(
            columnTypes: ["id": .number, "created": .text, "first_reply_minutes": .duration, "csat": .number],
            durationUnits: ["first_reply_minutes": .minutes, "resolution_hours": .hours])
        #expect(Self.expectSame(tickets, schema: schema, "tickets with a schema"))
    }

    @Test(arguments: [
        "a,b\n1,2\n", "a;b\r\n1,5;2\r\n", "\u{FEFF}month,v\n2026-01,1\n2026-02,\n", "a,b\n\"x\"\"y\",\"1\n2\"\n",
        "a,b\n1,2,3\n4\n", "a,b\n \"q\" , 2\n", "a,b\n\"q\"x,2\n", "a,b\n\"open,2\n", "a\n\n\n1\n\n", "a,a\n1,2\n",
        ",b\n1,2\n", "a,b\n", "", "a,b\n1,2", "a,b\n1,2,\n", "d\n2026-02-30\n", "m\n2026-13\n", "p\n87,5 %\n",
        "p;q\n87,5 %;1\n12;2\n", "t\n12 min\n1:30\n", "t\n12 min\n", "n\n1 234\n", "n\n-0\n", "n\n0.1\n0.2\n",
        "n\n123456789012345678\n", "x\n\u{00A0}1\u{00A0}\n", "x\ne\u{0301},1\n", "a,b\n,\u{0301}\n", "a\tb\n1\t2\n",
        "a,b\r1,2\r", "a,b\n1,\"\"\n", "a,b\n1,\"\"\"\"\n", "Månad;Värde\n2026-01;1,5\n", "a,b\n1,2\u{FEFF}\n",
        "x\n1e5\n", "x\n+5\n", "x\n.5\n", "x\n5.\n", "x\n1,5\n", "a,b\n\"a\" \t,2\n", "a,b\n\"a\"\u{00A0},2\n",
        "a\u{2028}b,c\n1,2\n", "a,b\n1\u{000B}2,3\n",
    ])
    func handWrittenCasesReadTheSame(text: String) {
        Self.expectSame(Array(text.utf8), text)
    }

    @Test func invalidUTF8AndStrayBytesReadTheSame() {
        Self.expectSame([0x61, 0x2C, 0x62, 0x0A, 0x31, 0x2C, 0xFF, 0x0A], "0xFF")
        Self.expectSame([0x61, 0x0A, 0xC3, 0x0A], "cut sequence")
        Self.expectSame([0x61, 0x0A, 0xED, 0xA0, 0x80, 0x0A], "surrogate")
        Self.expectSame([0x61, 0x0A, 0xE0, 0x80, 0x80, 0x0A], "overlong")
        Self.expectSame([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0x31], "two byte-order marks")
    }

    @Test func declaredTypesReadTheSame() {
        let schema = TableSchema(
            columnTypes: ["a": .duration, "b": .percent, "c": .date, "d": .text, "e": .month],
            durationUnits: ["a": .hours])
        Self.expectSame(Array("a,b,c,d,e\n1.5,87.5,2026-03-01,12,2026-03\n,1%,,x,\n".utf8), schema: schema, "typed")
        Self.expectSame(Array("a,b,c,d,e\nx,87.5,2026-03-01,12,2026-03\n".utf8), schema: schema, "bad duration")
        Self.expectSame(Array("a,b,c,d,e\n1,1,2026-02-29,1,2026-03\n".utf8), schema: schema, "no leap day")
        Self.expectSame(Array("a,b\n1,2\n".utf8), schema: TableSchema(columnTypes: ["z": .text]), "unknown column")
        Self.expectSame(Array("a|b\n1|2\n".utf8), schema: TableSchema(separator: "|"), "declared separator")
        Self.expectSame(Array("a\rb\r\n1\r2\r\n".utf8), schema: TableSchema(separator: "\r"), "CR separator")
    }

    /// Files made of the pieces that break CSV readers, in a fixed pseudo-random order (same every run).
    @Test func generatedHostileFilesReadTheSame() {
        let pieces: [[UInt8]] =
            [
                "\"", "\"\"", ",", ";", "\n", "\r\n", "\r", " ", "\t", "1", "12.5", "-3", "1 234,5", "87,5 %", "12 min",
                "1:30", "2026-03", "2026-13", "2026-02-30", "2026-03-01", "ö", "ș", "\u{00A0}", "e\u{0301}", "x", "",
                "0", "99", "%", "\u{FEFF}",
            ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xEF, 0xBB, 0xBF]]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var streamedRounds = 0
        for round in 0..<600 {
            var bytes: [UInt8] = []
            if round % 2 == 0 {
                // Mostly well-formed rows, so the files get past the header and into typing.
                let width = 1 + next(4)
                let cells: [[UInt8]] = [[0x31], Array("2026-03".utf8), Array("12.5".utf8), [0x78], []]
                let column = (0..<width).map { _ in next(cells.count) }
                bytes += Array((0..<width).map { "c\($0)" }.joined(separator: ",").utf8) + [0x0A]
                for _ in 0..<(1 + next(6)) {
                    for index in 0..<width {
                        if index > 0 { bytes.append(0x2C) }
                        bytes += next(8) == 0 ? pieces[next(pieces.count)] : cells[column[index]]
                    }
                    bytes += next(10) == 0 ? [0x0D, 0x0A] : [0x0A]
                }
            } else {
                for _ in 0..<(2 + next(30)) { bytes += pieces[next(pieces.count)] }
            }
            if Self.expectSame(bytes, "round \(round)") { streamedRounds += 1 }
        }
        // Enough of the files reach the stream's own reading (the rest are refused or fail, as intended).
        #expect(streamedRounds >= 100, "\(streamedRounds) of 600 streamed")
    }
}
