import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Charts end to end: a page with a chart block, built like a user builds it.
@Suite struct ChartBuildTests {
    static let page = """
        ---
        title: Siffror
        ---
        Intro.

        ```chart
        type: line
        data: volumes.csv
        x: month
        y: calls
        title: Samtal
        ```
        """

    @Test func chartBlockBecomesInlineSVGWithLocalizedNumbers() async throws {
        try await withFixtureSite { site in
            try site.write("content/sv/siffror.md", Self.page)
            try await site.build()
            let html = try site.read("sv/siffror/index.html")
            #expect(html.contains("<svg"))
            #expect(html.contains("role=\"img\""))
            #expect(html.contains("1\u{00A0}234,5"), "Swedish decimal comma and grouping")
            #expect(!html.contains("```") && !html.contains("type: line"))
        }
    }

    @Test func hostileCellIsEscaped() async throws {
        try await withFixtureSite { site in
            try site.write("content/sv/siffror.md", Self.page + "\n\n```table\ndata: volumes.csv\n```\n")
            try await site.build()
            let html = try site.read("sv/siffror/index.html")
            #expect(!html.contains("<script>"))
            #expect(html.contains("&lt;/svg&gt;&lt;script&gt;"))
        }
    }

    @Test func unknownColumnPointsAtMarkdownLineAndListsColumns() async throws {
        try await withFixtureSite { site in
            try site.write("content/sv/siffror.md", Self.page.replacingOccurrences(of: "y: calls", with: "y: cals"))
            let found = await site.problems()
            let error = try #require(found.first)
            #expect(error.location.path == "content/sv/siffror.md")
            #expect(error.location.line == 10, "y: is on line 10 of the file")
            #expect(error.description.contains("cals"))
            #expect(error.description.contains("month, calls, label"))
        }
    }

    @Test func missingDataFileSuggestsNearestName() async throws {
        try await withFixtureSite { site in
            try site.write(
                "content/sv/siffror.md", Self.page.replacingOccurrences(of: "volumes.csv", with: "volume.csv"))
            let found = await site.problems()
            #expect(found.first?.location.path == "content/sv/siffror.md")
            #expect(found.first?.description.contains("volumes.csv") == true)
        }
    }

    @Test func badDataRowStopsBuildWithFileLineAndLeavesSiteAlone() async throws {
        try await withFixtureSite { site in
            try await site.build()
            let before = try site.snapshot()
            try site.write("content/data/volumes.csv", "month;calls\n2026-01;1\n2026-02;2;3\n")
            let found = await site.problems()
            #expect(found.contains { $0.location.path == "content/data/volumes.csv" && $0.location.line == 3 })
            #expect(try site.snapshot() == before)
        }
    }

    @Test func missingChartStringIsReported() async throws {
        try await withFixtureSite { site in
            try site.addUnshippedLanguage("fi", removing: ["trend"])
            let found = await site.problems()
            #expect(found.contains { $0.message == "interface string 'trend' is missing for language 'fi'" })
        }
    }
}
