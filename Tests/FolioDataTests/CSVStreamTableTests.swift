import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioData

/// `CSVStream.table()` reads its bytes into a `DataTable` without `CSVReader`: it must give the very
/// table `CSVReader` gives (columns, types, every cell, each row's line, the path) or the same located
/// diagnostics, on random files of every shape. The seed is printed; `FOLIO_CSV_TABLE_SEED` replays one.
@Suite struct CSVStreamTableTests {
    /// The table, or the diagnostics as text.
    struct Outcome: Equatable {
        var table: DataTable?
        var problems: [String] = []
    }

    static func reference(_ bytes: [UInt8], schema: TableSchema) -> Outcome {
        var table: DataTable?
        let found = diagnostics { table = try CSVReader(schema: schema).read(bytes, path: "data/t.csv") }
        return found.isEmpty ? Outcome(table: table) : Outcome(problems: found.map(\.description))
    }

    /// The table through `CSVStream.open` and `table()`, and whether the byte path read it.
    static func streamed(_ bytes: [UInt8], schema: TableSchema) -> (Outcome, viaBytes: Bool) {
        var table: DataTable?
        var viaBytes = false
        let found = diagnostics {
            switch try CSVStream.open(bytes, path: "data/t.csv", schema: schema) {
            case let .table(read): table = read
            case let .stream(stream):
                viaBytes = bytes.withUnsafeBufferPointer { stream.readTable($0) } != nil
                table = try stream.table()
            }
        }
        return (found.isEmpty ? Outcome(table: table) : Outcome(problems: found.map(\.description)), viaBytes)
    }

    @discardableResult
    static func expectSame(_ bytes: [UInt8], schema: TableSchema = TableSchema(), _ label: String) -> Bool {
        let expected = reference(bytes, schema: schema)
        let (found, viaBytes) = streamed(bytes, schema: schema)
        #expect(found == expected, "\(label): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
        return viaBytes
    }

    static func seed() -> UInt64 {
        let seed = SeededRandom.seed("CSVStreamTableTests", variable: "FOLIO_CSV_TABLE_SEED")
        return seed
    }

    @Test(arguments: [
        "a,b\n1,2\n", "a;b\r\n1,5;2\r\n", "\u{FEFF}month,v\n2026-01,1\n2026-02,\n", "a,b\n\"x\"\"y\",\"1\n2\"\n",
        "a,b\n\n\n1,2\n\n3,4", "a,b\r1,2\r\r3,4\r", "a,b\n\"1\r\n2\",3\r\n4,5\n", "\n\na,b\n1,2\n", "a,b\n  1 ,  x \n",
        "d\n2026-02-29\n", "d\n2024-02-29\n", "m,n\n2026-01,1\n2026-13,2\n", "p\n87,5 %\n1\n", "t\n12 min\n1:30\n",
        "n\n1 234\n", "n\n-0\n", "n\n1234567890123456789\n", "x\n\u{00A0}1\u{00A0}\n", "a,b\n1,\"\"\n", "a,b\n1,  \n",
        "Månad;Värde\n2026-01;1,5\n", "a,b\n\"a\" \t,2\n", "a,b\n1,2,3\n", "a,b\n1\n", "a\n\"open\n", "a,a\n1,2\n",
    ])
    func handWrittenFilesGiveTheSameTable(text: String) {
        Self.expectSame(Array(text.utf8), text)
    }

    @Test func declaredTypesGiveTheSameTable() {
        let schema = TableSchema(
            columnTypes: ["a": .duration, "b": .percent, "c": .date, "d": .text, "e": .month],
            durationUnits: ["a": .hours])
        let plain = Array("a,b,c,d,e\n1.5,87.5,2026-03-01,12,2026-03\n,1%,,x,\n".utf8)
        #expect(Self.expectSame(plain, schema: schema, "typed"))
        Self.expectSame(Array("a,b,c,d,e\nx,87.5,2026-03-01,12,2026-03\n".utf8), schema: schema, "bad duration")
        Self.expectSame(Array("a,b,c,d,e\n1,1,2026-02-30,1,2026-03\n".utf8), schema: schema, "no such day")
        Self.expectSame(Array("a,b,c,d,e\n1,1,2026-02-28,1,2026-00\n".utf8), schema: schema, "month 0")
    }

    /// Random files: typed columns written plainly, quoted, padded or wrongly, any line break, a BOM,
    /// blank lines, `;` with decimal commas, and now and then a broken row or a hostile piece.
    @Test func randomFilesGiveTheSameTable() {
        let seed = Self.seed()
        var random = SeededRandom(seed: seed)
        var viaBytes = 0
        let rounds = 800
        for round in 0..<rounds {
            let (bytes, schema) = RandomCSV.file(&random)
            if Self.expectSame(bytes, schema: schema, "round \(round) (seed \(seed))") { viaBytes += 1 }
        }
        // Most files are valid and plain enough for the byte path: it must have read them itself.
        #expect(viaBytes >= rounds / 4, "\(viaBytes) of \(rounds) read from the bytes (seed \(seed))")
    }
}

/// Random CSV files for `CSVStreamTableTests`.
enum RandomCSV {
    static func pick<T>(_ items: [T], _ random: inout SeededRandom) -> T {
        items[Int.random(in: 0..<items.count, using: &random)]
    }

    /// Values a column of each kind holds, and a few it should not.
    static let cells: [[String]] = [
        ["1", "-3", "12.5", "0", "1234567", "0.001", "99"],
        ["87.5", "12", "87.5 %", "1%", "100"],
        ["12 min", "1:30", "90 s", "2 h"],
        ["2026-03", "2026-12", "1999-01"],
        ["2026-03-01", "2024-02-29", "2026-12-31"],
        ["Göteborg", "Lag 1 & co", "x", "Timișoara", "<b>", "a b"],
    ]
    static let hostile = [
        "2026-13", "2026-02-30", "abc", "\"", "\"\"", "1 234,5", "e\u{0301}", "\u{00A0}", " ", "\t", "%", "",
        "1e5", "+5", ".5", "5.", "12345678901234567",
    ]

    static func file(_ random: inout SeededRandom) -> ([UInt8], TableSchema) {
        let width = Int.random(in: 1...5, using: &random)
        let kinds = (0..<width).map { _ in Int.random(in: 0..<cells.count, using: &random) }
        let semicolon = Int.random(in: 0..<4, using: &random) == 0
        let separator = semicolon ? ";" : ","
        let breaks = pick([["\n"], ["\r\n"], ["\r"], ["\n", "\r\n", "\r"]], &random)
        let broken = Int.random(in: 0..<3, using: &random) == 0
        var text = Int.random(in: 0..<5, using: &random) == 0 ? "\u{FEFF}" : ""
        text += (0..<width).map { "c\($0)" }.joined(separator: separator) + pick(breaks, &random)
        for _ in 0..<Int.random(in: 0...8, using: &random) {
            if Int.random(in: 0..<8, using: &random) == 0 { text += pick(breaks, &random) }
            let row = (0..<width).map { column in
                field(kind: kinds[column], broken: broken, semicolon: semicolon, &random)
            }
            var fields = row
            if broken, Int.random(in: 0..<10, using: &random) == 0 { fields.removeLast() }
            text += fields.joined(separator: separator)
            if Int.random(in: 0..<10, using: &random) > 0 { text += pick(breaks, &random) }
        }
        var schema = TableSchema()
        if Int.random(in: 0..<4, using: &random) == 0 {
            let types: [ColumnType] = [.number, .percent, .duration, .month, .date, .text]
            for column in 0..<width where Bool.random(using: &random) {
                schema.columnTypes["c\(column)"] = pick(types, &random)
            }
            if Bool.random(using: &random) { schema.durationUnits["c0"] = pick([.seconds, .minutes, .hours], &random) }
        }
        return (Array(text.utf8), schema)
    }

    /// One field: a value of its column's kind, maybe padded or quoted, or now and then a hostile one.
    static func field(kind: Int, broken: Bool, semicolon: Bool, _ random: inout SeededRandom) -> String {
        var value = pick(cells[kind], &random)
        if semicolon { value = value.replacingOccurrences(of: ".", with: ",") }
        if Int.random(in: 0..<12, using: &random) == 0 { value = "" }
        if broken, Int.random(in: 0..<6, using: &random) == 0 { value = pick(hostile, &random) }
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return " " + value + " "
        case 1: return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        case 2: return "\"" + value + "\n" + value + "\""
        case 3: return "\"" + value + "\"\"x\""
        default: return value
        }
    }
}
