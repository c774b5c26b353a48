import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// `folio check` on what the subject index and search link to (issue 30): `index:` terms a page never
/// uses, and headings under one parent that get the same id.
@Suite struct IndexTermCheckTests {
    static func warnings(_ change: (FixtureSite) throws -> Void) async throws -> [String] {
        let site = try FixtureSite("sections-site")
        defer { site.remove() }
        try change(site)
        let report = await SiteChecker(options: BuildOptions(sourceRoot: site.root, output: site.output)).check()
        return report.diagnostics.map(\.description)
    }

    @Test func warnsAboutAnIndexTermThePageNeverUses() async throws {
        let text = try await Self.warnings { site in
            try site.write(
                "content/sv/om.md",
                "---\ntitle: Om handboken\nweight: 1\nindex:\n  - handboken\n  - Kölista\n---\nText om handboken.\n")
        }
        #expect(text.contains { $0.hasPrefix("content/sv/om.md:6:1: warning: index term 'Kölista' occurs nowhere") })
        #expect(!text.contains { $0.contains("'handboken'") })
    }

    @Test func warnsAboutHeadingsWithOneIdUnderOneParent() async throws {
        let text = try await Self.warnings { site in
            try site.write(
                "content/sv/om.md",
                """
                ---
                title: Om handboken
                weight: 1
                ---
                ## Del ett

                ### Steg

                ### Steg

                ## Del två

                ### Steg
                """)
        }
        let duplicates = text.filter { $0.contains("has the id 'steg'") }
        #expect(duplicates.count == 1, "the third Steg has another parent: \(duplicates)")
        #expect(duplicates.first?.hasPrefix("content/sv/om.md:9:1: warning: heading 'Steg'") == true)
    }

    @Test func theFixtureHasNoSuchWarnings() async throws {
        let text = try await Self.warnings { _ in }
        #expect(!text.contains { $0.contains("index term") || $0.contains("has the id") })
    }
}
