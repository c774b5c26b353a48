import FolioData
import FolioDiagnostics
import FolioQuery
import FolioTestSupport
import Foundation
import Testing

/// Tables loaded from a `CSVStream` (bytes straight into SQLite) answer queries exactly as the same files
/// read by `CSVReader` do, and a file with a bad value fails at its cell when a query first reads it.
@Suite("CSV stream loading")
struct CSVStreamLoadingTests {
    /// The ticket sample and the queries copied from the playbook (`Tests/Fixtures/tickets`).
    static let fixture = Repository.url("Tests/Fixtures/tickets")

    static let ticketSchema = TableSchema(
        columnTypes: [
            "id": .number, "created": .text, "first_reply_minutes": .duration, "resolution_hours": .duration,
            "csat": .number, "reopened": .number, "handle_minutes": .duration,
        ],
        durationUnits: ["first_reply_minutes": .minutes, "resolution_hours": .hours, "handle_minutes": .minutes])

    func streamed(_ bytes: [UInt8], path: String, schema: TableSchema = TableSchema()) throws -> QueryTable {
        guard case let .stream(stream) = try CSVStream.open(bytes, path: "content/data/\(path)", schema: schema) else {
            Issue.record("\(path) was not streamed")
            return .table(try CSVReader(schema: schema).read(bytes, path: "content/data/\(path)"))
        }
        return .csv(stream)
    }

    @Test func sampleQueriesGiveTheSameTablesEitherWay() throws {
        let path = "tickets/tickets.csv"
        let bytes = try [UInt8](Data(contentsOf: Self.fixture.appendingPathComponent("tickets.csv")))
        let read = try QueryEngine(
            tables: [path: try CSVReader(schema: Self.ticketSchema).read(bytes, path: "content/data/\(path)")])
        let streamed = try QueryEngine(sources: [path: try streamed(bytes, path: path, schema: Self.ticketSchema)])
        let folder = Self.fixture.appendingPathComponent("queries")
        // Source queries (`-- source: warehouse`) run on their database, never over the data files.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".sql")
                && SourceDeclaration.source(
                    in: (try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) ?? "") == nil
        }
        #expect(names.count >= 4)
        for name in names.sorted() + ["star"] {
            let sql =
                name == "star"
                ? "SELECT * FROM tickets_tickets ORDER BY id"
                : try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let one = try read.run(query(sql, name: name)).table
            let other = try streamed.run(query(sql, name: name)).table
            #expect(one == other, "\(name)")
            #expect(one.rowCount > 0)
        }
    }

    @Test func monthsPercentsAndDurationsLoadAsTheReaderTypesThem() throws {
        let csv = "month;csat;frt;note\n2026-01;81,5;2,5;\"a \"\"b\"\"\"\n2026-02;;1;  ö  \n"
        let schema = TableSchema(columnTypes: ["csat": .percent, "frt": .duration])
        let engine = try QueryEngine(sources: ["m.csv": try streamed(Array(csv.utf8), path: "m.csv", schema: schema)])
        let table = try engine.run(query("SELECT month, csat, frt, note FROM m ORDER BY month")).table
        #expect(table.columns.map(\.type) == [.month, .percent, .duration, .text])
        #expect(table.column(named: "month")?.values == [.month(year: 2026, month: 1), .month(year: 2026, month: 2)])
        #expect(table.column(named: "csat")?.values == [.number(0.815), .missing])
        #expect(table.column(named: "frt")?.values == [.number(150), .number(60)])
        #expect(table.column(named: "note")?.values == [.text("a \"b\""), .text("ö")])
    }

    @Test func aBadValueFailsAtItsCellAndLeavesTheTableEmpty() throws {
        let csv = "n,t\n1,a\nx,b\n"
        let schema = TableSchema(columnTypes: ["n": .number])
        let engine = try QueryEngine(sources: ["n.csv": try streamed(Array(csv.utf8), path: "n.csv", schema: schema)])
        let found = diagnostic { _ = try engine.run(query("SELECT count(*) AS rows FROM n")) }
        #expect(found?.location.path == "content/data/n.csv")
        #expect(found?.location.line == 3 && found?.location.column == 1)
        #expect(found?.message.contains("'x' in column 'n' is not a number") == true)
    }
}
