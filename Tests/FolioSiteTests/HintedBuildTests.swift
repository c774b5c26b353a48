import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Warm builds told which files changed (as the watcher tells `folio serve`'s session) write
/// exactly what a cold build writes: an edit of page text alone read from that file, every other
/// change through the full rebuild that reads only the named files. The `incremental-site`
/// fixture, as in `IncrementalBuildTests`.
@Suite struct HintedBuildTests {
    typealias Playbook = IncrementalBuildTests.Playbook

    @Test func pageTextIsAppliedToTheLastBuild() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        // A page outside the menu, in both languages (no fallback), with no recorded revision.
        try playbook.site.write("content/sv/ny.md", "---\ntitle: Ny sida\n---\nFörsta texten.\n")
        try playbook.site.write("content/ro/ny.md", "---\ntitle: Pagină nouă\n---\nPrimul text.\n")
        let added = try await playbook.rebuildMatchesColdBuild(changed: ["content/sv/ny.md", "content/ro/ny.md"])
        let path = "content/sv/ny.md"
        try playbook.edit(path) { $0 + "\nEn ny mening i slutet.\n" }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [path])
        #expect(report.work.bodiesRendered == 1)
        // Not a chapter, no translation records its revision; the Swedish full-text index reads every
        // body (the new words' forms, their postings, the documents); its search page only headings.
        #expect(report.work.pagesRendered == 1)
        #expect(report.filesWritten == 4, "the page and 3 search index files")
        #expect(report.pages == added.pages)
        #expect(try playbook.warm("sv/ny/index.html").contains("En ny mening i slutet."))
    }

    @Test func chapterTextReachesThePrintEdition() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let path = "content/sv/servicelofter.md"
        try playbook.edit(path) { $0 + "\nEn ny mening i slutet.\n" }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [path])
        #expect(report.work.bodiesRendered == 1)
        #expect(report.filesWritten == 5, "the page, the Swedish print edition and 3 search index files")
        #expect(try playbook.warm("sv/utskrift/index.html").contains("En ny mening i slutet."))
    }

    /// Files in a language folder that no build reads (an editor's test file) do not stop an edit
    /// of text from being applied to the last build.
    @Test func otherFilesBesideThePageAreIgnored() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let path = "content/sv/servicelofter.md"
        try playbook.edit(path) { $0 + "\nEn ny mening i slutet.\n" }
        try playbook.site.write("content/sv/4913", "")
        let report = try await playbook.rebuildMatchesColdBuild(changed: [path, "content/sv/4913"])
        #expect(report.work.bodiesRendered == 1)
        #expect(report.work.pagesRendered == 2, "the page and the Swedish print edition (no heading changed)")
        #expect(report.filesWritten == 5, "the page, the Swedish print edition and 3 search index files")
    }

    @Test func successiveEditsOfOnePage() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let path = "content/sv/team.md"
        for number in 1...3 {
            try playbook.edit(path) { $0 + "\nÄndring \(number).\n" }
            _ = try await playbook.rebuildMatchesColdBuild(changed: [path])
        }
        // A full rebuild after the edits finds nothing left to do.
        let again = try await playbook.rebuildMatchesColdBuild()
        #expect(again.work.bodiesRendered == 0)
        #expect(again.filesWritten == 0)
    }

    @Test func sourceTextReachesTheTranslationsNotice() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let revision = try IncrementalTranslationTests.revision(of: "content/sv/servicelofter.md", in: playbook)
        let translation = "content/ro/promisiuni.md"
        try playbook.edit(translation) {
            $0.replacingOccurrences(
                of: "translationKey: promises", with: "translationKey: promises\nsourceRevision: \(revision)")
        }
        _ = try await playbook.rebuildMatchesColdBuild(changed: [translation])
        #expect(!(try playbook.warm("ro/promisiuni/index.html").contains("translation-notice")))
        try playbook.edit("content/sv/servicelofter.md") { $0 + "\nEn rättelse.\n" }
        let report = try await playbook.rebuildMatchesColdBuild(changed: ["content/sv/servicelofter.md"])
        #expect(try playbook.warm("ro/promisiuni/index.html").contains("translation-notice--outdated"))
        #expect(report.work.bodiesRendered == 1)
    }

    @Test func metricsShownReachTheGlossary() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let path = "content/sv/team.md"
        try playbook.edit(path) { $0 + "\nCSAT: {{metric csat latest}}.\n" }
        _ = try await playbook.rebuildMatchesColdBuild(changed: [path])
    }

    @Test func removedChartTakesItsDownload() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let path = "content/sv/team.md"
        try playbook.edit(path) { String($0[..<($0.range(of: "```table")?.lowerBound ?? $0.endIndex)]) }
        _ = try await playbook.rebuildMatchesColdBuild(changed: [path])
        #expect(!playbook.warmExists("sv/team/table-2.csv"))
    }

    @Test func titleAndDataAndTemplates() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let page = "content/sv/servicelofter.md"
        try playbook.edit(page) {
            $0.replacingOccurrences(of: "title: Servicelöften", with: "title: Våra servicelöften")
        }
        _ = try await playbook.rebuildMatchesColdBuild(changed: [page])
        let data = "content/data/teams.csv"
        try playbook.edit(data) { $0.replacingOccurrences(of: "Stockholm,89.7", with: "Stockholm,79.7") }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [data])
        #expect(report.work.bodiesRendered == 2, "only the bodies that read the changed file")
        let template = "templates/footer.mustache"
        try playbook.edit(template) { $0 + "<!-- edited -->\n" }
        _ = try await playbook.rebuildMatchesColdBuild(changed: [template])
    }

    @Test func addedDeletedAndRenamedPages() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let added = "content/ro/pagina-noua.md"
        try playbook.site.write(added, "---\ntitle: Pagină nouă\n---\nText nou.\n")
        var report = try await playbook.rebuildMatchesColdBuild(changed: [added])
        #expect(report.pages == playbook.first.pages + 1)
        let deleted = "content/sv/team.md"
        try FileManager.default.removeItem(at: playbook.site.root.appendingPathComponent(deleted))
        report = try await playbook.rebuildMatchesColdBuild(changed: [deleted])
        #expect(!playbook.warmExists("sv/team/index.html"))
        let renamed = "content/ro/pagina-redenumita.md"
        try FileManager.default.moveItem(
            at: playbook.site.root.appendingPathComponent(added), to: playbook.site.root.appendingPathComponent(renamed)
        )
        report = try await playbook.rebuildMatchesColdBuild(changed: [added, renamed])
        #expect(playbook.warmExists("ro/pagina-redenumita/index.html"))
        #expect(!playbook.warmExists("ro/pagina-noua/index.html"))
    }

    /// A file the hints did not name is trusted to be unchanged until a build compares every file,
    /// as the watcher's look at the whole tree does after a change its events could not name.
    @Test func editMissedByTheHintsIsFoundByAFullLook() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try playbook.edit("content/sv/team.md") { $0 + "\nNämnd.\n" }
        try playbook.edit("content/sv/nyckeltal.md") { $0 + "\nInte nämnd.\n" }
        _ = try await playbook.session.build(changed: ["content/sv/team.md"])
        #expect(!(try playbook.warm("sv/nyckeltal/index.html").contains("Inte nämnd.")))
        _ = try await playbook.rebuildMatchesColdBuild(changed: nil)
        #expect(try playbook.warm("sv/nyckeltal/index.html").contains("Inte nämnd."))
    }

    /// The files a failed build was told about are read again by the next, whatever it is told.
    @Test func failedBuildKeepsItsChangesForTheNext() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let broken = "content/sv/servicelofter.md"
        let good = try playbook.source(broken)
        try playbook.edit("content/sv/team.md") { $0 + "\nSparad medan bygget var trasigt.\n" }
        try playbook.site.write(broken, good.replacingOccurrences(of: "weight: 20", with: "weight: [tjugo"))
        await #expect(throws: (any Error).self) {
            try await playbook.session.build(changed: ["content/sv/team.md", broken])
        }
        try playbook.site.write(broken, good + "\nRättad.\n")
        _ = try await playbook.rebuildMatchesColdBuild(changed: [broken])
        #expect(try playbook.warm("sv/team/index.html").contains("Sparad medan bygget var trasigt."))
    }

    /// A broken block in an edited page fails the build with its error, as a full build reports
    /// it, and the fix is again an edit of text alone.
    @Test func brokenTextIsReportedThenFixed() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let path = "content/sv/team.md"
        let good = try playbook.source(path)
        try playbook.site.write(path, good + "\n```chart\nkind: [\n```\n")
        await #expect(throws: DiagnosticList.self) { try await playbook.session.build(changed: [path]) }
        try playbook.site.write(path, good + "\nRättad.\n")
        let report = try await playbook.rebuildMatchesColdBuild(changed: [path])
        #expect(report.work.bodiesRendered == 1)
        #expect(report.work.pagesRendered < 4, "the page and the print edition, not the site")
    }

    @Test func unchangedBytesWriteNothing() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let report = try await playbook.rebuildMatchesColdBuild(changed: ["content/sv/team.md"])
        #expect(report.filesWritten == 0)
        #expect(report.work.bodiesRendered == 0)
    }

    @Test func outputFolderRemovedBetweenBuilds() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let path = "content/sv/team.md"
        try playbook.edit(path) { $0 + "\nNy.\n" }
        try FileManager.default.removeItem(at: playbook.site.root.appendingPathComponent("warm"))
        let report = try await playbook.rebuildMatchesColdBuild(changed: [path])
        #expect(report.filesWritten == report.files, "a folder that cannot be updated is written whole")
    }
}
