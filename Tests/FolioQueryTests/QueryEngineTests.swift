import FolioData
import FolioDiagnostics
import FolioQuery
import FolioTestSupport
import Testing

@Suite("QueryEngine")
struct QueryEngineTests {
    @Test func returnsTypedColumnsFromPlainColumnReferences() throws {
        let engine = try QueryEngine(tables: sampleTables())
        let result = try engine.run(query("SELECT month, csat, frt, contacts FROM metrics_monthly ORDER BY month"))
        let table = result.table
        #expect(table.columnNames == ["month", "csat", "frt", "contacts"])
        #expect(table.columns.map(\.type) == [.month, .percent, .duration, .number])
        #expect(table.column(named: "month")?.values.first == .month(year: 2026, month: 1))
        #expect(table.column(named: "csat")?.values == [.number(0.81), .number(0.845), .missing])
        #expect(table.column(named: "frt")?.values == [.number(150), .number(120), .number(90)])
        #expect(table.path == "content/queries/test.sql")
        #expect(table.rowCount == 3)
        #expect(result.sources == ["metrics/monthly.csv"])
    }

    @Test func storesPercentAsFractionAndDurationAsSecondsInSQL() throws {
        let engine = try QueryEngine(tables: sampleTables())
        let table = try engine.run(query("SELECT max(csat) AS top, sum(frt) AS total FROM metrics_monthly")).table
        #expect(table.column(named: "top")?.values == [.number(0.845)])
        #expect(table.column(named: "total")?.values == [.number(360)])
        #expect(table.column(named: "top")?.type == .number)
    }

    @Test func keepsTypesThroughSubqueriesAndCTEs() throws {
        let engine = try QueryEngine(tables: sampleTables())
        let sql =
            "WITH recent AS (SELECT month, csat FROM metrics_monthly WHERE month >= '2026-02') SELECT * FROM recent"
        let table = try engine.run(query(sql)).table
        #expect(table.columns.map(\.type) == [.month, .percent])
        #expect(table.rowCount == 2)
    }

    @Test func infersMonthsDatesAndTextFromValues() throws {
        let engine = try QueryEngine(tables: sampleTables())
        let sql = """
            SELECT substr(day, 1, 7) AS month, min(day) AS first_day, channel, sum(contacts) AS contacts
            FROM metrics_channel_mix GROUP BY 1, channel ORDER BY 1, channel
            """
        let table = try engine.run(query(sql)).table
        #expect(table.columns.map(\.type) == [.month, .date, .text, .number])
        #expect(table.column(named: "first_day")?.values.first == .day(year: 2026, month: 1, day: 5))
        #expect(table.column(named: "contacts")?.values == [.number(4), .number(10), .number(8)])
    }

    @Test func callerDeclaresTypesOfExpressions() throws {
        let engine = try QueryEngine(tables: sampleTables())
        let table = try engine.run(
            query("SELECT month, avg(csat) AS csat FROM metrics_monthly GROUP BY month"),
            declaredTypes: ["csat": .percent]
        ).table
        #expect(table.column(named: "csat")?.type == .percent)
        #expect(table.column(named: "csat")?.values.first == .number(0.81))
    }

    @Test func rejectsValuesThatDoNotFitTheDeclaredType() throws {
        let engine = try QueryEngine(tables: sampleTables())
        let problem = diagnostic {
            _ = try engine.run(query("SELECT 'soon' AS month"), declaredTypes: ["month": .month])
        }
        #expect(problem?.message == "column 'month' is declared month but row 1 holds 'soon'")
        #expect(problem?.location == SourceLocation(path: "content/queries/test.sql", line: 1, column: 1))
    }

    @Test func noRowsIsNotAnErrorAndKeepsColumns() throws {
        let engine = try QueryEngine(tables: sampleTables())
        let table = try engine.run(query("SELECT month, csat FROM metrics_monthly WHERE month > '2030'")).table
        #expect(table.rowCount == 0)
        #expect(table.columnSummary == "month (month), csat (percent)")
    }

    @Test func loadsOnlyTablesAQueryReadsAndReportsThem() throws {
        let engine = try QueryEngine(tables: sampleTables())
        let none = try engine.run(query("SELECT 1 AS one"))
        #expect(none.sources.isEmpty)
        let counted = try engine.run(query("SELECT count(*) AS n FROM metrics_channel_mix"))
        #expect(counted.sources == ["metrics/channel-mix.csv"])
        #expect(counted.table.column(named: "n")?.values == [.number(3)])
        let joined = try engine.run(
            query("SELECT m.month FROM metrics_monthly m JOIN metrics_channel_mix c ON substr(c.day, 1, 7) = m.month"))
        #expect(joined.sources == ["metrics/channel-mix.csv", "metrics/monthly.csv"])
        // Read again: loaded once, so the rows are not doubled.
        let again = try engine.run(query("SELECT count(*) AS n FROM metrics_channel_mix"))
        #expect(again.table.column(named: "n")?.values == [.number(3)])
    }

    @Test func rejectsTwoResultColumnsWithOneName() throws {
        let engine = try QueryEngine(tables: sampleTables())
        let problem = diagnostic { _ = try engine.run(query("SELECT month, month FROM metrics_monthly")) }
        #expect(problem?.message == "query returns two columns named 'month'")
    }

    @Test func listsTableNames() throws {
        let engine = try QueryEngine(tables: sampleTables())
        #expect(
            engine.tableNames == [
                "metrics_monthly": "metrics/monthly.csv", "metrics_channel_mix": "metrics/channel-mix.csv",
            ])
    }
}
