import FolioData
import FolioDiagnostics
import FolioQuery
import FolioTestSupport
import Testing

/// Known answers: PostgreSQL's `percentile_cont` gives the same values for these inputs
/// (e.g. `percentile_cont(0.9) WITHIN GROUP (ORDER BY x)` over 1..10 is 9.1).
@Suite("PercentileAggregate")
struct PercentileAggregateTests {
    private func value(_ sql: String) throws -> Cell? {
        let engine = try QueryEngine(tables: [:])
        return try engine.run(query(sql)).table.columns.first?.values.first
    }

    private let oneToTen = "(SELECT value AS x FROM json_each('[10,1,9,2,8,3,7,4,6,5]'))"

    @Test func medianOfOddAndEvenCounts() throws {
        #expect(try value("SELECT median(x) FROM (SELECT value AS x FROM json_each('[3,1,2]'))") == .number(2))
        #expect(try value("SELECT median(x) FROM \(oneToTen)") == .number(5.5))
    }

    @Test func percentileInterpolatesLinearlyLikePercentileCont() throws {
        #expect(try value("SELECT percentile(x, 90) FROM \(oneToTen)") == .number(9.1))
        #expect(try value("SELECT percentile(x, 0) FROM \(oneToTen)") == .number(1))
        #expect(try value("SELECT percentile(x, 100) FROM \(oneToTen)") == .number(10))
        #expect(try value("SELECT percentile(x, 25) FROM \(oneToTen)") == .number(3.25))
        #expect(try value("SELECT percentile(x, 50) FROM (SELECT value AS x FROM json_each('[7]'))") == .number(7))
    }

    @Test func skipsNullsAndGivesNullForNoValues() throws {
        #expect(try value("SELECT median(x) FROM (SELECT value AS x FROM json_each('[1,null,3]'))") == .number(2))
        #expect(try value("SELECT median(x) FROM (SELECT value AS x FROM json_each('[]'))") == .missing)
        #expect(try value("SELECT percentile(x, 90) FROM (SELECT NULL AS x)") == .missing)
    }

    @Test func groupsIndependently() throws {
        let engine = try QueryEngine(tables: [:])
        let sql = """
            SELECT g, median(x) AS m FROM (SELECT value % 2 AS g, value AS x FROM json_each('[1,2,3,4,5,6]'))
            GROUP BY g ORDER BY g
            """
        let table = try engine.run(query(sql)).table
        #expect(table.column(named: "m")?.values == [.number(4), .number(3)])
    }

    @Test func rejectsPercentOutsideZeroToHundred() throws {
        let problem = diagnostic { _ = try value("SELECT percentile(x, 101) FROM \(oneToTen)") }
        #expect(problem?.message.contains("p must be a number from 0 to 100") == true)
    }

    @Test func rejectsTextThatIsNotANumber() throws {
        let problem = diagnostic { _ = try value("SELECT median(x) FROM (SELECT 'abc' AS x)") }
        #expect(problem?.message.contains("median(): 'abc' is not a number") == true)
    }
}
