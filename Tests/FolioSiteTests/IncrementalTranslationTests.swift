import FolioFormats
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Warm rebuilds equal cold ones when a change reaches a translation's notice or a fallback page
/// (the `incremental-site` fixture, as in `IncrementalBuildTests`).
@Suite struct IncrementalTranslationTests {
    typealias Playbook = IncrementalBuildTests.Playbook

    /// The revision `folio check` asks a translation of `path` to record.
    static func revision(of path: String, in playbook: Playbook) throws -> String {
        let text = try playbook.source(path)
        return ContentHash.hex(Array(try FrontMatter.split(text, path: path).body.utf8))
    }

    @Test func sourceEditMakesTheTranslationOutdated() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let revision = try Self.revision(of: "content/sv/servicelofter.md", in: playbook)
        try playbook.edit("content/ro/promisiuni.md") {
            $0.replacingOccurrences(
                of: "translationKey: promises", with: "translationKey: promises\nsourceRevision: \(revision)")
        }
        _ = try await playbook.rebuildMatchesColdBuild()
        #expect(!(try playbook.warm("ro/promisiuni/index.html").contains("translation-notice")))
        try playbook.edit("content/sv/servicelofter.md") { $0 + "\nEn rättelse.\n" }
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(try playbook.warm("ro/promisiuni/index.html").contains("translation-notice--outdated"))
        #expect(report.work.bodiesRendered == 1, "only the source's body; the translation's text is unchanged")
    }

    @Test func fallbackFollowsItsSourceAndGivesWayToATranslation() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try playbook.site.write("content/sv/ny.md", "---\ntitle: Ny sida\nweight: 9\n---\nFörsta texten.\n")
        _ = try await playbook.rebuildMatchesColdBuild()
        #expect(try playbook.warm("ro/ny/index.html").contains("Första texten."))
        try playbook.edit("content/sv/ny.md") { $0.replacingOccurrences(of: "Första", with: "Andra") }
        _ = try await playbook.rebuildMatchesColdBuild()
        #expect(try playbook.warm("ro/ny/index.html").contains("Andra texten."))
        try playbook.site.write("content/ro/ny.md", "---\ntitle: Pagină nouă\nweight: 9\n---\nAndra texten.\n")
        _ = try await playbook.rebuildMatchesColdBuild()
        let translated = try playbook.warm("ro/ny/index.html")
        #expect(!translated.contains("translation-notice"))
        #expect(
            !translated.contains("<article class=\"page\" lang=\"sv\">"),
            "same text, now rendered as the Romanian page's own")
    }
}
