import FolioData
import FolioDiagnostics
import FolioQuery
import FolioTestSupport
import Testing

@Suite("QueryProblems")
struct QueryProblemsTests {
    private func problem(_ query: Query, tables: [String: DataTable]? = nil) throws -> Diagnostic? {
        let engine = try QueryEngine(tables: tables ?? sampleTables())
        return diagnostic { _ = try engine.run(query) }
    }

    @Test func locatesASyntaxErrorInASQLFile() throws {
        let found = try problem(query("SELECT month,\n       csat\n  FORM metrics_monthly"))
        #expect(found?.message.hasPrefix("SQL: near \"metrics_monthly\": syntax error") == true)
        #expect(found?.location == SourceLocation(path: "content/queries/test.sql", line: 3, column: 8))
    }

    @Test func locatesASyntaxErrorInSQLInlineInMarkdown() throws {
        let inline = Query(
            name: "inline", sql: "SELECT csat\nFROM metrics_monthly WHERE",
            start: SourceLocation(path: "content/sv/kanaler.md", line: 12, column: 6))
        let found = try problem(inline)
        #expect(found?.location.path == "content/sv/kanaler.md")
        #expect(found?.message == "SQL: incomplete input")
        #expect(found?.location == SourceLocation(path: "content/sv/kanaler.md", line: 13, column: 27))
        let sameLine = Query(
            name: "inline", sql: "SELEC 1", start: SourceLocation(path: "content/sv/kanaler.md", line: 12, column: 6))
        #expect(try problem(sameLine)?.location == SourceLocation(path: "content/sv/kanaler.md", line: 12, column: 6))
    }

    @Test func countsColumnsInCharactersNotBytes() throws {
        let found = try problem(query("SELECT 'Göteborg' AS stad FORM metrics_monthly"))
        #expect(found?.location.column == 27)
    }

    @Test func unknownTableListsTablesAndSuggests() throws {
        let found = try problem(query("SELECT *\nFROM metrics_montly"))
        #expect(found?.message == "no table 'metrics_montly'")
        #expect(found?.location == SourceLocation(path: "content/queries/test.sql", line: 2, column: 6))
        #expect(
            found?.hint?.hasPrefix("did you mean 'metrics_monthly'? tables: metrics_channel_mix, metrics_monthly")
                == true)
    }

    @Test func unknownTableSuggestsTheTableNamedAfterTheFile() throws {
        let found = try problem(query("SELECT * FROM monthly"))
        #expect(found?.hint?.hasPrefix("did you mean 'metrics_monthly'?") == true)
    }

    @Test func unknownColumnListsTheTablesColumns() throws {
        let found = try problem(query("SELECT month, csatt FROM metrics_monthly"))
        #expect(found?.message == "no column 'csatt'")
        #expect(found?.location == SourceLocation(path: "content/queries/test.sql", line: 1, column: 15))
        #expect(found?.hint == "did you mean 'csat'? metrics_monthly has: month, csat, frt, contacts")
    }

    @Test func clashingTableNamesAreAmbiguous() throws {
        let tables = [
            "a/b.csv": try table("x\n1\n", path: "a/b.csv"),
            "a-b.csv": try table("x\n2\n", path: "a-b.csv"),
            "c.csv": try table("x\n3\n", path: "c.csv"),
        ]
        let found = try problem(query("SELECT x FROM a_b"), tables: tables)
        #expect(found?.message == "table name 'a_b' is ambiguous: a-b.csv, a/b.csv all map to it")
        #expect(try QueryEngine(tables: tables).tableNames == ["c": "c.csv"])
    }

    @Test func columnsDifferingOnlyInCaseMakeTheTableUnusable() throws {
        let tables = ["t.csv": try table("x,X\n1,2\n", path: "t.csv")]
        let found = try problem(query("SELECT * FROM t"), tables: tables)
        #expect(found?.message.hasPrefix("table 't' cannot be used in SQL: duplicate column name") == true)
    }
}
