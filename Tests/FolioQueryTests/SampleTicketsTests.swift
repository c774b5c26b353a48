import FolioData
import FolioQuery
import FolioTestSupport
import Foundation
import Testing

/// A sample of the playbook's generated export (`Tests/Fixtures/tickets`: every tenth ticket) through
/// FolioData and the engine, with the aggregations the issue names: shapes and ranges, not literal numbers.
@Suite("Sample tickets")
struct SampleTicketsTests {
    static let fixture = Repository.url("Tests/Fixtures/tickets")

    /// The schema of `Tests/Fixtures/tickets/tickets.csv.yml`, written out (the YAML reader lives in FolioSite).
    static let schema = TableSchema(
        columnTypes: [
            "id": .number, "created": .text, "first_reply_minutes": .duration, "resolution_hours": .duration,
            "csat": .number, "reopened": .number,
        ],
        durationUnits: ["first_reply_minutes": .minutes, "resolution_hours": .hours])

    /// Read once for the suite.
    static let tickets = Result {
        let bytes = try [UInt8](Data(contentsOf: fixture.appendingPathComponent("tickets.csv")))
        return try CSVReader(schema: schema).read(bytes, path: "content/data/tickets/tickets.csv")
    }

    private func engine() throws -> QueryEngine {
        try QueryEngine(tables: ["tickets/tickets.csv": Self.tickets.get()])
    }

    @Test func schemaFileDeclaresTheDurations() throws {
        let text = try String(
            contentsOf: Self.fixture.appendingPathComponent("tickets.csv.yml"), encoding: .utf8)
        #expect(text.contains("first_reply_minutes: {type: duration, unit: minutes}"))
        #expect(text.contains("resolution_hours: {type: duration, unit: hours}"))
    }

    @Test func p90FirstReplyPerChannelPerMonth() throws {
        let sql = """
            SELECT substr(created, 1, 7) AS month, channel, percentile(first_reply_minutes, 90) AS p90
            FROM tickets_tickets GROUP BY 1, 2 ORDER BY 1, 2
            """
        let result = try engine().run(query(sql), declaredTypes: ["p90": .duration])
        let table = result.table
        #expect(result.sources == ["tickets/tickets.csv"])
        #expect(table.rowCount == 72)
        #expect(table.columns.map(\.type) == [.month, .text, .duration])
        #expect(Set(table.column(named: "month")?.values ?? []).count == 24)
        #expect(table.column(named: "month")?.values.first == .month(year: 2024, month: 11))
        #expect(table.column(named: "month")?.values.last == .month(year: 2026, month: 10))
        #expect(Set(table.column(named: "channel")?.values ?? []) == [.text("chat"), .text("email"), .text("phone")])
        let rows = zip(table.column(named: "channel")?.values ?? [], table.column(named: "p90")?.values ?? [])
        for (channel, p90) in rows {
            let seconds = try #require(p90.number)
            switch channel {
            case .text("email"): #expect((3600...86_400).contains(seconds))
            default: #expect((30...1800).contains(seconds))
            }
        }
    }

    @Test func monthlyShareOfRatingsFourAndFive() throws {
        let sql = """
            SELECT substr(created, 1, 7) AS month, avg(csat >= 4) AS csat, count(csat) AS ratings
            FROM tickets_tickets WHERE csat IS NOT NULL GROUP BY 1 ORDER BY 1
            """
        let table = try engine().run(query(sql), declaredTypes: ["csat": .percent]).table
        #expect(table.rowCount == 24)
        #expect(table.column(named: "csat")?.type == .percent)
        for share in table.column(named: "csat")?.values ?? [] {
            #expect((0.65...0.99).contains(share.number ?? -1))
        }
        for ratings in table.column(named: "ratings")?.values ?? [] {
            #expect((ratings.number ?? 0) > 30)
        }
    }

    @Test func phoneServiceLevelRisesWithinItsBand() throws {
        let sql = """
            SELECT substr(created, 1, 7) AS month, avg(first_reply_minutes <= 60) AS answered_60s
            FROM tickets_tickets WHERE channel = 'phone' GROUP BY 1 ORDER BY 1
            """
        let levels = try engine().run(query(sql)).table.column(named: "answered_60s")?.values.compactMap(\.number) ?? []
        #expect(levels.count == 24)
        #expect(levels.allSatisfy { (0.6...0.9).contains($0) })
        #expect(levels.suffix(6).reduce(0, +) > levels.prefix(6).reduce(0, +))
    }
}
