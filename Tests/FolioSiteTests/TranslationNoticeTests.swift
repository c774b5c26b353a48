import FolioFormats
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Outdated notices on translations whose source changed, and the notices of both languages
/// (the `translations-site` fixture, then with Romanian as the source language).
@Suite struct TranslationNoticeTests {
    static let romanianOutdated =
        "<p>Textul original a fost modificat după ce a fost tradusă această pagină, așa că unele părți ale"
        + " traducerii pot fi depășite. Originalul poartă data de 1 octombrie 2026."
        + " <a href=\"../../sv/kanaler/index.html\" hreflang=\"sv\">Citiți originalul</a></p>"

    @Test func staleTranslationShowsANoticeWithTheSourceLinkAndDate() async throws {
        try await withFixtureSite("translations-site") { site in
            try await site.build()
            let stale = try site.read("ro/canale/index.html")
            #expect(stale.contains("<div class=\"translation-notice translation-notice--outdated\" role=\"note\">"))
            #expect(stale.contains(Self.romanianOutdated))
            #expect(!(try site.read("ro/mata/index.html").contains("translation-notice")), "untracked: no notice")
            #expect(!(try site.read("sv/kanaler/index.html").contains("translation-notice")), "the source has none")
        }
    }

    @Test func currentTranslationShowsNoNotice() async throws {
        try await withFixtureSite("translations-site") { site in
            let source = try String(
                contentsOf: site.root.appendingPathComponent("content/sv/kanaler.md"), encoding: .utf8)
            let revision = ContentHash.hex(Array(try FrontMatter.split(source, path: "kanaler.md").body.utf8))
            let translation = try String(
                contentsOf: site.root.appendingPathComponent("content/ro/canale.md"), encoding: .utf8)
            try site.write(
                "content/ro/canale.md",
                translation.replacingOccurrences(of: "sourceRevision: 00000000", with: "sourceRevision: \(revision)"))
            try await site.build()
            #expect(!(try site.read("ro/canale/index.html").contains("translation-notice")))
        }
    }

    @Test func siteConfigurationTurnsOutdatedNoticesOff() async throws {
        try await withFixtureSite("translations-site") { site in
            let config = try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
            try site.write("content/site.yml", "outdatedNotices: false\n" + config)
            try await site.build()
            #expect(!(try site.read("ro/canale/index.html").contains("translation-notice")))
            #expect(try site.read("ro/principer/index.html").contains("translation-notice--fallback"))
        }
    }

    /// With Romanian as the source: a Romanian-only page falls back in Swedish, and a Swedish
    /// translation recording an old revision is outdated, each with its Swedish notice.
    @Test func swedishNotices() async throws {
        try await withFixtureSite("translations-site") { site in
            let config = try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
            try site.write(
                "content/site.yml", config.replacingOccurrences(of: "defaultLanguage: sv", with: "defaultLanguage: ro"))
            try site.write("content/ro/numai.md", "---\ntitle: Numai în română\nweight: 5\n---\nText \"românesc\".\n")
            let mata = try String(contentsOf: site.root.appendingPathComponent("content/sv/mata.md"), encoding: .utf8)
            try site.write(
                "content/sv/mata.md", mata.replacingOccurrences(of: "weight: 3", with: "weight: 3\nsourceRevision: 1"))
            try await site.build()
            let fallback = try site.read("sv/numai/index.html")
            #expect(fallback.contains("<html lang=\"sv\">"))
            #expect(fallback.contains("<article class=\"page\" lang=\"ro\">"))
            #expect(fallback.contains("„românesc”"), "Romanian quotes in Romanian text")
            #expect(
                fallback.contains(
                    "<p>Den här sidan är inte översatt till svenska ännu. Här visas den på originalspråket.</p>"))
            #expect(
                try site.read("sv/mata/index.html").contains(
                    "<p>Originaltexten har ändrats sedan den här sidan översattes, så delar av översättningen kan vara"
                        + " inaktuella. <a href=\"../../ro/mata/index.html\" hreflang=\"ro\">Läs originalet</a></p>"))
            #expect(
                try site.read("sv/kanaler/index.html").contains(
                    "lang=\"ro\" hreflang=\"ro\">Numai în română</a> <span class=\"lang-tag\" lang=\"ro\">Română</span>"
                ))
        }
    }
}
