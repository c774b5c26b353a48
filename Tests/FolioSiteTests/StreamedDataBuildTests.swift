import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// A data file only queries read is streamed into SQLite and never held as a `DataTable` (issue 32), on the
/// `query-site` fixture, whose `support/tickets.csv` only queries read. Every test compares with the same
/// build with streaming off (`BuildOptions.streamsData`), which reads every file into a table as before.
@Suite struct StreamedDataBuildTests {
    /// The files of a build in memory, and the data files it left streamed.
    func build(_ site: FixtureSite, streaming: Bool = true) async throws -> (
        files: [String: [UInt8]], streamed: [String]
    ) {
        let output = MemoryOutput()
        let options = BuildOptions(sourceRoot: site.root, output: site.output, streamsData: streaming)
        let built = try await SiteBuilder(options: options).build(into: output)
        return (Dictionary(uniqueKeysWithValues: output.files.map { ($0.path, $0.contents) }), built.streamedDataFiles)
    }

    @Test func queryOnlyFileIsStreamedAndPagesAreTheSame() async throws {
        try await withFixtureSite("query-site") { site in
            let streamed = try await build(site)
            let loaded = try await build(site, streaming: false)
            #expect(streamed.streamed == ["support/tickets.csv"], "only queries read it: never a DataTable")
            #expect(loaded.streamed == [])
            #expect(streamed.files.keys.sorted() == loaded.files.keys.sorted())
            for (path, bytes) in loaded.files { #expect(streamed.files[path] == bytes, "\(path)") }
            #expect(
                streamed.files["sv/kanaler/index.html"].map { String(decoding: $0, as: UTF8.self) }?.contains(">phone<")
                    == true)
        }
    }

    @Test func fileAPageReadsDirectlyIsHeldOnceAndTheSame() async throws {
        try await withFixtureSite("query-site") { site in
            try site.write(
                "content/sv/om.md",
                "---\ntitle: Om\ndescription: Om.\n---\n```table\ndata: support/tickets.csv\ncaption: Alla ärenden\n```\n"
            )
            let streamed = try await build(site)
            let loaded = try await build(site, streaming: false)
            #expect(streamed.streamed == [], "a page reads it: held as a table, shared with the queries' build")
            for (path, bytes) in loaded.files { #expect(streamed.files[path] == bytes, "\(path)") }
            #expect(
                streamed.files["sv/om/index.html"].map { String(decoding: $0, as: UTF8.self) }?.contains("Alla ärenden")
                    == true)
        }
    }

    /// A declared duration that is not one (line 4) and an inferred date column with a 30 February (line 7).
    static let badTickets = """
        id,created,channel,first_reply_seconds,csat
        1,2026-01-03,phone,30,5
        2,2026-01-05,phone,90,4
        3,2026-01-09,email,soon,3
        4,2026-01-12,chat,45,
        5,2026-01-20,phone,50,5
        6,2026-02-30,email,7200,4

        """

    @Test func badCellInStreamedFileIsLocatedAsWhenLoaded() async throws {
        try await withFixtureSite("query-site") { site in
            try site.write("content/data/support/tickets.csv", Self.badTickets)
            let streamed = await diagnostics { try await build(site) }
            let loaded = await diagnostics { try await build(site, streaming: false) }
            #expect(streamed == loaded)
            #expect(
                streamed.map(\.location) == [
                    SourceLocation(path: "content/data/support/tickets.csv", line: 4, column: 20),
                    SourceLocation(path: "content/data/support/tickets.csv", line: 7, column: 3),
                ])
            #expect(streamed.first?.message == "'soon' in column 'first_reply_seconds' is not a duration")
        }
    }

    @Test func badCellInFileNothingReadsIsReportedByBuildAndCheck() async throws {
        try await withFixtureSite("query-site") { site in
            try site.write("content/data/unread.csv", "month,value\n2026-01,1\n2026-13,2\n")
            let error = try #require(await diagnostics { try await build(site) }.first)
            #expect(error.location == SourceLocation(path: "content/data/unread.csv", line: 3, column: 1))
            #expect(error.message == "'2026-13' has month 13; months run from 01 to 12")
            let report = await SiteChecker(options: BuildOptions(sourceRoot: site.root, output: site.output)).check()
            #expect(report.diagnostics.first { $0.severity == .error } == error)
        }
    }

    @Test func pageEditRunsNoQueryAndKeepsTheFileStreamed() async throws {
        try await withFixtureSite("query-site") { site in
            let options = BuildOptions(sourceRoot: site.root, output: site.output)
            let builder = SiteBuilder(options: options)
            let (_, cache) = try await builder.rebuild(reusing: BuildCache(), into: MemoryOutput())
            try site.write("content/sv/om.md", "---\ntitle: Om\ndescription: Om sidan.\n---\nNy text.\n")
            let (warm, _) = try await builder.rebuild(reusing: cache, into: MemoryOutput())
            #expect(warm.work.queriesRun == [])
            #expect(warm.streamedDataFiles == ["support/tickets.csv"])
        }
    }
}
