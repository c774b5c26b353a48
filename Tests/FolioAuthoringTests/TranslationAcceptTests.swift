import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioAuthoring
@testable import FolioSite

/// `folio translations accept`: one front-matter line rewritten, every other byte kept.
@Suite struct TranslationAcceptTests {
    /// `folio translations accept` on the fixture: the stale translation's one line changes, every
    /// other byte stays, and the page is current afterwards.
    @Test func acceptRewritesOneLineOfTheTranslation() throws {
        try withFixtureSite("translations-site") { site in
            let path = site.root.appendingPathComponent("content/ro/canale.md")
            let before = try Data(contentsOf: path)
            let status = try TranslationStatus.load(sourceRoot: site.root)
            #expect(status.rows.first { $0.key == "kanaler" }?.cells["ro"]?.status == .stale)
            #expect(
                try status.accept(key: "kanaler", language: "ro", sourceRoot: site.root) == ["content/ro/canale.md"])
            let after = try Data(contentsOf: path)
            let revision = try #require(status.rows.first { $0.key == "kanaler" }?.sourceRevision)
            let beforeLines = String(decoding: before, as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false)
            let afterLines = String(decoding: after, as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false)
            #expect(beforeLines.count == afterLines.count)
            let changed = zip(beforeLines, afterLines).filter { $0 != $1 }
            #expect(changed.map(\.1) == ["sourceRevision: \(revision)"])
            #expect(
                Data(
                    String(decoding: before, as: UTF8.self).replacingOccurrences(
                        of: "sourceRevision: 00000000", with: "sourceRevision: \(revision)"
                    ).utf8) == after)
            let again = try TranslationStatus.load(sourceRoot: site.root)
            #expect(again.rows.first { $0.key == "kanaler" }?.cells["ro"]?.status == .current)
            #expect(try again.accept(key: "kanaler", language: nil, sourceRoot: site.root).isEmpty)
        }
    }

    @Test func acceptAddsTheLineToAnUntrackedTranslationAndNamesUnknownKeys() throws {
        try withFixtureSite("translations-site") { site in
            let status = try TranslationStatus.load(sourceRoot: site.root)
            #expect(try status.accept(key: "mata", language: nil, sourceRoot: site.root) == ["content/ro/mata.md"])
            #expect(
                try TranslationStatus.load(sourceRoot: site.root).rows.first { $0.key == "mata" }?.cells["ro"]?.status
                    == .current)
            let unknown = diagnostics { _ = try status.accept(key: "nope", language: nil, sourceRoot: site.root) }
            #expect(unknown.first?.message == "no page with the translation key 'nope'")
            let missing = diagnostics { _ = try status.accept(key: "principer", language: "ro", sourceRoot: site.root) }
            #expect(missing.first?.message == "'principer' has no 'ro' translation yet")
        }
    }
}
