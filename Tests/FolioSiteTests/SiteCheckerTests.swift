import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

@Suite struct SiteCheckerTests {
    func check(_ site: FixtureSite, strict: Bool = false) async -> CheckReport {
        await SiteChecker(options: BuildOptions(sourceRoot: site.root, output: site.output), strict: strict).check()
    }

    @Test func findsEachPlantedFault() async throws {
        try await withFixtureSite { site in
            try site.write(
                "content/sv/trasig.md",
                """
                ---
                title: Trasig
                description: Med fel.
                ---
                Se [kanaler](../kanaler/#telefon) och
                [saknas](../finns-inte/) samt
                [ankaret](../kanaler/#fax) och ![bild](bild.png).
                """)
            try site.write(
                "content/ro/canale.md",
                "---\ntitle: Canale\ntranslationKey: channels\nsourceRevision: deadbeef\n---\nText.\n")
            let report = await check(site)
            let text = report.diagnostics.map(\.description)
            #expect(text.contains { $0.hasPrefix("content/sv/trasig.md:6: error: broken link '../finns-inte/'") })
            #expect(text.contains { $0.hasPrefix("content/sv/trasig.md:7: error: broken anchor '#fax'") })
            #expect(text.contains { $0.hasPrefix("content/sv/trasig.md:7: error: broken link 'bild.png'") })
            #expect(!text.contains { $0.contains("#telefon") })
            #expect(text.contains { $0.contains("warning: no 'ro' translation of 'principer'") })
            #expect(text.contains { $0.hasPrefix("content/ro/canale.md:1:1: warning: translation is stale") })
            #expect(text.contains { $0.hasPrefix("content/data/volumes.csv: warning: data file is not used") })
            #expect(text.contains { $0.hasPrefix("content/sv/principer.md:2:1: warning: page has no description") })
            #expect(report.errorCount == 3)
            let row = try #require(report.translations.first { $0.key == "channels" })
            #expect(row.cells["ro"]?.status == .stale)
            #expect(row.cells["sv"]?.status == .source)
        }
    }

    @Test func recordingTheRevisionMakesATranslationCurrent() async throws {
        try await withFixtureSite { site in
            let first = await check(site)
            let revision = try #require(first.translations.first { $0.key == "channels" }?.sourceRevision)
            #expect(first.translations.first { $0.key == "channels" }?.cells["ro"]?.status == .untracked)
            try site.write(
                "content/ro/canale.md",
                "---\ntitle: Canale\ntranslationKey: channels\nsourceRevision: \(revision)\n---\nText.\n")
            #expect(await check(site).translations.first { $0.key == "channels" }?.cells["ro"]?.status == .current)
            try site.write("content/sv/kanaler.md", "---\ntitle: Kanaler\ntranslationKey: channels\n---\nNy text.\n")
            #expect(await check(site).translations.first { $0.key == "channels" }?.cells["ro"]?.status == .stale)
        }
    }

    @Test func strictMakesTranslationProblemsErrors() async throws {
        try await withFixtureSite { site in
            let relaxed = await check(site)
            let strict = await check(site, strict: true)
            #expect(relaxed.errorCount == 0)
            // The fixture's translation problems (an untracked and a missing translation) become errors.
            let translationWarnings = relaxed.diagnostics.filter { $0.message.contains("translation") }
            #expect(!translationWarnings.isEmpty)
            #expect(strict.errorCount == translationWarnings.count)
        }
    }

    @Test func buildErrorsAreReported() async throws {
        try await withFixtureSite { site in
            try site.write("content/sv/x.md", "---\ntitel: X\n---\n")
            let report = await check(site)
            // The first line of each: the hints follow on lines of their own.
            let errors = report.diagnostics.filter { $0.severity == .error }.map {
                String($0.description.prefix { $0 != "\n" })
            }
            #expect(
                errors == [
                    "content/sv/x.md:1:1: error: front matter has no 'title'",
                    "content/sv/x.md:2:1: error: unknown front-matter key 'titel'",
                ])
            #expect(report.errorCount == 2)
        }
    }

    @Test func jsonHasTheDocumentedShape() async throws {
        try await withFixtureSite { site in
            let json = await check(site).json()
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["errors", "warnings", "diagnostics", "languages", "translations"])
            let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
            #expect(first["severity"] as? String == "warning")
            #expect(first["path"] is String && first["message"] is String)
            #expect(object["languages"] as? [String] == ["sv", "ro"])
        }
    }
}
