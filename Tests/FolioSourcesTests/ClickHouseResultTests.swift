import FolioData
import FolioDiagnostics
import FolioDirectives
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSources

/// `TSVWithNamesAndTypes` bodies as ClickHouse streams them, cut into chunks anywhere, into snapshot CSV.
@Suite struct ClickHouseResultTests {
    private let file = NamedQueries.File(name: "q", sql: "-- source: ch\nSELECT 1\n", path: "content/queries/q.sql")

    /// Feeds `body` in chunks of `chunk` bytes; returns the snapshot's text and columns, or the failure.
    private func read(_ body: String, chunk: Int = 7, maxRows: Int = 100) throws -> (String, [ColumnType]) {
        let folder = try TemporaryFolder("clickhouse-result")
        defer { folder.remove() }
        let source = Source(
            name: "ch", address: .failure(Diagnostic(SourceLocation(path: "x"), "unused")), timeout: 60,
            maxRows: maxRows, location: SourceLocation(path: "content/sources.yml"))
        var result = ClickHouseResult(final: folder.appendingPathComponent("q.csv"), file: file, source: source)
        let bytes = Array(body.utf8)
        for start in stride(from: 0, to: bytes.count, by: chunk) {
            do {
                try bytes[start..<min(start + chunk, bytes.count)].withUnsafeBytes { try result.consume($0) }
            } catch {
                throw unwrapped(error)
            }
        }
        let pulled: PulledSnapshot
        do {
            pulled = try result.finish()
        } catch {
            throw unwrapped(error)
        }
        try FileManager.default.moveItem(at: pulled.file.temporary, to: folder.appendingPathComponent("q.csv"))
        let text = try String(contentsOf: folder.appendingPathComponent("q.csv"), encoding: .utf8)
        return (text, pulled.columns.map(\.type))
    }

    /// The diagnostic of a `.result` failure (as `ClickHouseProblem` reports it), any other error as it is.
    private func unwrapped(_ error: any Error) -> any Error {
        if case ClickHouseResult.Failure.result(let diagnostic) = error { return diagnostic }
        return error
    }

    @Test(arguments: [1, 3, 7, 4096])
    func everyTypeIsWrittenAsAPostgreSQLPullWritesIt(chunk: Int) throws {
        let body =
            "a\tb\tc\td\te\tf\tg\th\ti\tk\tl\tm\tn\to\tp\tq\tr\ts\n"
            + "Int16\tInt32\tUInt64\tFloat64\tFloat32\tDecimal(18, 6)\tDate\tDateTime\tDateTime(\\'Europe/Stockholm\\')"
            + "\tString\tString\tLowCardinality(String)\tString\tNullable(String)\tFixedString(4)"
            + "\tEnum8(\\'a\\' = 1, \\'b\\' = 2)\tString\tNullable(String)\n"
            + "7\t-42\t9007199254740993\t2.5\t0.1\t-0.000120\t2026-03-01\t2026-03-01 08:30:00\t2026-03-01 09:30:00"
            + "\tx,y\t lead\tMalmö\tsay \"hi\"\t\\N\tab\\0\\0\tb\ttvå\\nrader\t2026-03\n"
        let (csv, types) = try read(body, chunk: chunk)
        #expect(
            csv == "a,b,c,d,e,f,g,h,i,k,l,m,n,o,p,q,r,s\n"
                + "7,-42,9007199254740993,2.5,0.10000000149011612,-0.00012,2026-03-01,2026-03-01T08:30:00,"
                + "2026-03-01T09:30:00,\"x,y\",\" lead\",Malmö,\"say \"\"hi\"\"\",,ab,b,\"två\nrader\",2026-03\n")
        #expect(
            types == [
                // `o` is all NULL: like a PostgreSQL pull's, a text column with no value reads back as `month`.
                .number, .number, .number, .number, .number, .number, .date, .text, .text, .text, .text, .text, .text,
                .month, .text, .text, .text, .month,
            ])
    }

    @Test func zeroDatesAreEmptyAndDecimalsLoseTrailingZeros() throws {
        let (csv, _) = try read(
            "d\tt\tx\ty\n"
                + "Date\tDateTime\tDecimal(9, 2)\tNullable(Decimal(9, 2))\n"
                + "0000-00-00\t0000-00-00 00:00:00\t616.00\t\\N\n"
                + "2026-01-02\t2026-01-02 00:00:01\t-0.00\t1.50\n")
        #expect(csv == "d,t,x,y\n,,616,\n2026-01-02,2026-01-02T00:00:01,0,1.5\n")
    }

    @Test func anEmptyResultHasTheHeaderAndTheColumnTypes() throws {
        let (csv, types) = try read("channel\tn\tfirst\nString\tUInt64\tDate\n")
        #expect(csv == "channel,n,first\n")
        #expect(types == [.text, .number, .date])
    }

    @Test(arguments: ["Array(UInt8)", "Tuple(UInt8, String)", "Map(String, UInt8)", "Nullable(Array(String))"])
    func aTypeASnapshotCannotHoldNamesTheColumnAndTheType(type: String) {
        let found = diagnostics { try read("p\n\(type)\n") }
        #expect(found.first?.message == "column 'p' has the ClickHouse type \(type), which a snapshot cannot hold")
        #expect(found.first?.location == SourceLocation(path: "content/queries/q.sql", line: 1, column: 1))
    }

    @Test func anExceptionAfterTheFirstRowsIsTheServersError() {
        let body =
            "n\nUInt64\n1\n2\n"
            + "Code: 396, e.displayText() = DB::Exception: Limit for result exceeded, max rows: 2, e.what() = DB::Exception\n"
        for chunk in [1, 5, 4096] {
            #expect(throws: ClickHouseResult.Failure.self) { try read(body, chunk: chunk) }
            do {
                _ = try read(body, chunk: chunk)
            } catch ClickHouseResult.Failure.server(let text) {
                #expect(ServerException(text).code == 396)
                #expect(ServerException(text).message.hasPrefix("Limit for result exceeded"))
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test func anExceptionInsideARowIsTheServersError() {
        do {
            _ = try read("n\tm\nUInt64\tUInt64\n1\t2\n3\tCode: 159, e.displayText() = DB::Exception: Timeout exceeded")
            Issue.record("read")
        } catch ClickHouseResult.Failure.server(let text) {
            #expect(ServerException(text).code == 159)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func ourOwnCountStopsAtTheSourcesLimit() {
        let found = diagnostics { try read("n\nUInt8\n1\n2\n3\n", maxRows: 2) }
        #expect(found.first?.message.contains("returns more than 2 rows, the limit of source 'ch'") == true)
    }

    @Test func aTextThatOnlyLooksLikeAnExceptionIsData() throws {
        let (csv, _) = try read("s\tn\nString\tUInt8\nCode: 1, e.displayText() = hello\t1\n")
        #expect(csv == "s,n\n\"Code: 1, e.displayText() = hello\",1\n")
    }

    @Test func serverExceptionsOfBothEras() {
        let old = ServerException(
            "Code: 62, e.displayText() = DB::Exception: Syntax error: failed at position 82 (line 7, col 1): LIMT 3. "
                + "Expected one of: LIMIT, e.what() = DB::Exception\n")
        #expect(old.code == 62)
        #expect(old.position == 82)
        #expect(old.message.hasPrefix("Syntax error: failed at position 82"))
        let new = ServerException(
            "Code: 60. DB::Exception: Table folio.ticketz does not exist. (UNKNOWN_TABLE) (version 23.8.1.1)")
        #expect(new.code == 60)
        #expect(new.message == "Table folio.ticketz does not exist")
        #expect(
            ServerException("Code: 60, e.displayText() = DB::Exception: Table folio.ticketz doesn't exist.")
                .name == "ticketz")
        #expect(ServerException("Code: 47, e.displayText() = DB::Exception: Unknown identifier: nope").name == "nope")
    }

    @Test func aMentionIsFoundPastTheCommentLines() {
        let file = NamedQueries.File(
            name: "q", sql: "-- source: ch\n-- from ticketz\nSELECT n\nFROM ticketz\n", path: "content/queries/q.sql")
        #expect(
            ClickHouseProblem.mention(of: "ticketz", in: file)
                == SourceLocation(path: "content/queries/q.sql", line: 4, column: 6))
        #expect(ClickHouseProblem.mention(of: "tick", in: file) == nil)
    }
}
