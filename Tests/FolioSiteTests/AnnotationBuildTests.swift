import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Annotations, shared events and data freshness end to end, on `Tests/Fixtures/annotations-site`:
/// csat runs to August 2025, nps only to May 2025, and `staleAfterDays: 45`.
@Suite struct AnnotationBuildTests {
    @Test func marksSharedAndOwnEventsInBothLanguages() async throws {
        try await withFixtureSite("annotations-site") { site in
            try await site.build()
            let swedish = try site.read("sv/diagram/index.html")
            #expect(swedish.contains("<li>maj 2025: nytt telefonsystem</li><li>15 juli 2025: sommarkampanj</li>"))
            #expect(swedish.contains("Markerade händelser: maj 2025: nytt telefonsystem; 15 juli 2025: sommarkampanj."))
            #expect(swedish.contains("<circle class=\"annotation-marker\""))
            // Off this chart's axis, so `events: true` leaves it out.
            #expect(!swedish.contains("CRM"))
            let romanian = try site.read("ro/diagram/index.html")
            #expect(
                romanian.contains("<li>mai 2025: sistem telefonic nou</li><li>15 iulie 2025: campanie de vară</li>"))
            #expect(
                romanian.contains(
                    "Evenimente marcate: mai 2025: sistem telefonic nou; 15 iulie 2025: campanie de vară."))
            #expect(!romanian.contains("CRM"))
        }
    }

    @Test func captionsAndTilesNameTheLatestPeriodInBothLanguages() async throws {
        try await withFixtureSite("annotations-site") { site in
            try await site.build()
            let swedish = try site.read("sv/diagram/index.html")
            #expect(swedish.contains("<span class=\"chart-latest\">Senaste värde: augusti 2025</span>"))
            #expect(swedish.contains("<p class=\"kpi-period\">Period: augusti 2025</p>"))
            let romanian = try site.read("ro/diagram/index.html")
            #expect(romanian.contains("<span class=\"chart-latest\">Ultima valoare: august 2025</span>"))
            #expect(romanian.contains("<p class=\"kpi-period\">Perioadă: august 2025</p>"))
        }
    }

    func check(_ site: FixtureSite) async -> CheckReport {
        await SiteChecker(options: BuildOptions(sourceRoot: site.root, output: site.output)).check()
    }

    @Test func checkWarnsAboutAStaleMetricAtItsRegistryEntry() async throws {
        try await withFixtureSite("annotations-site") { site in
            let report = await check(site)
            #expect(report.errorCount == 0, "\(report.diagnostics)")
            let stale = report.diagnostics.filter { $0.message.contains("is stale") }
            #expect(stale.count == 1, "\(report.diagnostics)")
            let warning = try #require(stale.first)
            #expect(warning.severity == .warning)
            #expect(warning.location == SourceLocation(path: "content/metrics.yml", line: 9, column: 1))
            #expect(
                warning.message
                    == "metric 'nps' is stale: its newest period is 2025-05, 92 days before the site's newest data (2025-08, metric 'csat'); staleAfterDays is 45"
            )
            #expect(warning.hint?.contains("content/data/monthly.csv") == true)
        }
    }

    @Test func checkSaysNothingAboutFreshnessUnlessAsked() async throws {
        try await withFixtureSite("annotations-site") { site in
            let config = try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
            try site.write("content/site.yml", config.replacingOccurrences(of: "staleAfterDays: 45\n", with: ""))
            #expect(await check(site).diagnostics.allSatisfy { !$0.message.contains("stale") })
            try site.write(
                "content/site.yml", config.replacingOccurrences(of: "staleAfterDays: 45", with: "staleAfterDays: 100"))
            #expect(await check(site).diagnostics.allSatisfy { !$0.message.contains("is stale") })
        }
    }

    @Test func rejectsABadStaleAfterDaysAtItsLine() async throws {
        try await withFixtureSite("annotations-site") { site in
            let config = try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
            try site.write(
                "content/site.yml", config.replacingOccurrences(of: "staleAfterDays: 45", with: "staleAfterDays: 0"))
            let found = await diagnostics { try await site.build() }
            #expect(found.map(\.location) == [SourceLocation(path: "content/site.yml", line: 2, column: 17)])
            #expect(found.first?.message.contains("'staleAfterDays' must be a whole number of days above 0") == true)
        }
    }

    @Test func rejectsMalformedEventsFileAtEachLine() async throws {
        try await withFixtureSite("annotations-site") { site in
            try site.write(
                "content/events.yml",
                """
                no-date:
                  sv: a
                  ro: b
                bad-date:
                  x: 2025-02-30
                  sv: a
                  ro: b
                no-romanian:
                  x: 2025-05
                  sv: a
                typo:
                  x: 2025-05
                  sv: a
                  ro: b
                  en: c
                list: [1, 2]

                """)
            let found = await diagnostics { try await site.build() }
            #expect(
                found.map { $0.description.split(separator: ":").prefix(3).joined(separator: ":") } == [
                    "content/events.yml:1:1", "content/events.yml:5:6", "content/events.yml:8:1",
                    "content/events.yml:15:3", "content/events.yml:16:1",
                ], "\(found)")
            #expect(found[0].message == "event 'no-date' has no 'x'")
            #expect(found[1].message.contains("must be a month (2025-07) or a day (2025-07-15), not '2025-02-30'"))
            #expect(found[2].message == "event 'no-romanian' has no 'ro' label")
            #expect(found[3].message.contains("unknown key 'en'"))
            #expect(found[4].message.contains("must be a mapping"))
            #expect(found.allSatisfy { $0.hint != nil })
        }
    }

    @Test func rejectsEventsFileThatIsNotYAML() async throws {
        try await withFixtureSite("annotations-site") { site in
            try site.write("content/events.yml", "a:\n  x: [2025-05\n")
            let found = await diagnostics { try await site.build() }
            #expect(found.count == 1)
            #expect(found.first?.location.path == "content/events.yml")
            #expect(found.first?.location.line != nil)
        }
    }

    @Test func rejectsUnknownEventAndOffAxisAnnotationInThePage() async throws {
        try await withFixtureSite("annotations-site") { site in
            let page = try String(
                contentsOf: site.root.appendingPathComponent("content/sv/diagram.md"), encoding: .utf8)
            try site.write(
                "content/sv/diagram.md", page.replacingOccurrences(of: "events: true", with: "events: [phone-sytem]"))
            let unknown = await diagnostics { try await site.build() }
            #expect(
                unknown.first?.description.hasPrefix(
                    "content/sv/diagram.md:17:10: error: chart: unknown event 'phone-sytem'") == true, "\(unknown)")
            #expect(unknown.first?.hint?.contains("did you mean 'phone-system'?") == true)
            try site.write("content/sv/diagram.md", page.replacingOccurrences(of: "2025-07-15", with: "2025-09-15"))
            let outside = await diagnostics { try await site.build() }
            #expect(
                outside.first?.description.hasPrefix(
                    "content/sv/diagram.md:19:9: error: chart: annotation 2025-09-15 is outside the chart's axis (2025-03 – 2025-08)"
                ) == true, "\(outside)")
        }
    }

    @Test func warmRebuildFollowsAnEditedEvent() async throws {
        let playbook = try await IncrementalBuildTests.Playbook(fixture: "annotations-site")
        defer { playbook.site.remove() }
        try playbook.edit("content/events.yml") {
            $0.replacingOccurrences(of: "sv: nytt telefonsystem", with: "sv: telefonsystem med återuppringning")
        }
        _ = try await playbook.rebuildMatchesColdBuild()
        #expect(try playbook.warm("sv/diagram/index.html").contains("maj 2025: telefonsystem med återuppringning"))
    }
}
