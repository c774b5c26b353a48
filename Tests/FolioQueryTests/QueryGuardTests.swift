import FolioData
import FolioDiagnostics
import FolioQuery
import FolioTestSupport
import Testing

@Suite("QueryGuard")
struct QueryGuardTests {
    private func refusal(_ sql: String) throws -> Diagnostic? {
        let engine = try QueryEngine(tables: sampleTables())
        return diagnostic { _ = try engine.run(query(sql)) }
    }

    @Test func refusesWrites() throws {
        #expect(
            try refusal("DELETE FROM metrics_monthly")?.message
                == "queries only read data: DELETE from 'metrics_monthly' is not allowed")
        #expect(
            try refusal("INSERT INTO metrics_monthly (month) VALUES ('2026-04')")?.message.contains("INSERT into")
                == true)
        #expect(try refusal("UPDATE metrics_monthly SET csat = 1")?.message.contains("UPDATE of") == true)
        #expect(try refusal("DROP TABLE metrics_monthly")?.message.contains("DROP TABLE") == true)
        #expect(try refusal("CREATE TABLE x (a)")?.message.contains("CREATE TABLE") == true)
        #expect(try refusal("CREATE TEMP VIEW v AS SELECT 1")?.message.contains("CREATE VIEW") == true)
    }

    @Test func refusesWritingTheSchemaTable() throws {
        #expect(try refusal("UPDATE sqlite_master SET sql = ''") != nil)
        #expect(try refusal("DELETE FROM sqlite_schema") != nil)
    }

    @Test func writesLeaveTheDataAsLoaded() throws {
        let engine = try QueryEngine(tables: sampleTables())
        _ = diagnostic { _ = try engine.run(query("DELETE FROM metrics_monthly")) }
        let count = try engine.run(query("SELECT count(*) AS n FROM metrics_monthly")).table
        #expect(count.column(named: "n")?.values == [.number(3)])
    }

    @Test func refusesAttachPragmaAndTransactions() throws {
        #expect(try refusal("ATTACH DATABASE '/tmp/folio-x.db' AS x")?.message.contains("ATTACH") == true)
        #expect(try refusal("PRAGMA writable_schema = 1")?.message.contains("PRAGMA") == true)
        #expect(try refusal("PRAGMA table_info(metrics_monthly)")?.message.contains("PRAGMA") == true)
        #expect(try refusal("BEGIN")?.message.contains("transaction") == true)
        #expect(try refusal("VACUUM") != nil)
    }

    @Test func refusesExtensionLoading() throws {
        let problem = try refusal("SELECT load_extension('/tmp/evil.so')")
        #expect(problem?.message == "queries only read data: the function load_extension() is not allowed")
    }

    @Test func refusesExplain() throws {
        #expect(
            try refusal("EXPLAIN SELECT 1")?.message
                == "queries only read data: a statement that is not a SELECT is not allowed")
    }

    @Test func refusesATrailingStatementAtItsLocation() throws {
        let problem = try refusal("SELECT 1;\n  DELETE FROM metrics_monthly;")
        #expect(problem?.message == "only one SQL statement is allowed in a query")
        #expect(problem?.location == SourceLocation(path: "content/queries/test.sql", line: 2, column: 3))
    }

    @Test func acceptsATrailingSemicolonAndComments() throws {
        let engine = try QueryEngine(tables: sampleTables())
        let table = try engine.run(query("-- count\nSELECT 1 AS one; -- done\n/* end */\n")).table
        #expect(table.column(named: "one")?.values == [.number(1)])
    }

    @Test func refusesEmptySQL() throws {
        #expect(try refusal("  -- nothing\n")?.message == "query 'test' has no SQL statement")
    }

    @Test func stopsARunawayQueryAtTheTimeLimit() throws {
        let numbers = (1...2000).map { "\($0)" }.joined(separator: "\n")
        let tables = ["big.csv": try table("n\n" + numbers + "\n", path: "big.csv")]
        let engine = try QueryEngine(tables: tables, limits: QueryLimits(seconds: 0.2))
        let problem = diagnostic {
            _ = try engine.run(query("SELECT count(*) FROM big a, big b, big c", name: "runaway"))
        }
        #expect(problem?.message == "query 'runaway' was stopped after the time limit of 0.2 s")
        #expect(problem?.location == SourceLocation(path: "content/queries/runaway.sql", line: 1, column: 1))
        // The engine is still usable afterwards.
        let count = try engine.run(query("SELECT count(*) AS n FROM big")).table
        #expect(count.column(named: "n")?.values == [.number(2000)])
    }
}
