import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Title, description and weight edits (read from the one page file, then planned again) and
/// data-value edits (the data loaded again without the pages) render what read them, and write
/// exactly what a cold build writes: each test checks the edit took that path, then compares with
/// a cold build.
@Suite struct HintedFrontMatterAndDataTests {
    typealias Playbook = IncrementalBuildTests.Playbook

    /// Three Swedish pages outside the menu (no weight), with Romanian translations, so no page
    /// falls back; built by a full rebuild.
    private static func playbookWithPagesOutsideTheMenu() async throws -> Playbook {
        let playbook = try await Playbook()
        var added: Set<String> = []
        for (slug, title) in [("alfa", "Alfa"), ("beta", "Beta"), ("gamma", "Gamma")] {
            try playbook.site.write(
                "content/sv/\(slug).md", "---\ntitle: \(title)\ntranslationKey: \(slug)\n---\nText om \(slug).\n")
            try playbook.site.write(
                "content/ro/\(slug).md", "---\ntitle: \(title) RO\ntranslationKey: \(slug)\n---\nText \(slug).\n")
            added.formUnion(["content/sv/\(slug).md", "content/ro/\(slug).md"])
        }
        _ = try await playbook.rebuildMatchesColdBuild(changed: added)
        return playbook
    }

    @Test func titleOfAChapterReachesTheMenuAndThePrintEdition() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let page = "content/sv/servicelofter.md"
        try playbook.edit(page) {
            $0.replacingOccurrences(of: "title: Servicelöften", with: "title: Våra servicelöften")
        }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [page])
        #expect(report.appliedToLastBuild)
        #expect(report.work.bodiesRendered == 0, "front matter is not part of the body")
        #expect(try playbook.warm("sv/team/index.html").contains("Våra servicelöften"), "the menu on every page")
        #expect(try playbook.warm("sv/utskrift/index.html").contains("Våra servicelöften"))
    }

    @Test func titleOfAPageOutsideTheMenuReachesItsNeighboursAndTheHome() async throws {
        let playbook = try await Self.playbookWithPagesOutsideTheMenu()
        defer { playbook.site.remove() }
        let page = "content/sv/beta.md"
        try playbook.edit(page) { $0.replacingOccurrences(of: "title: Beta", with: "title: Betan") }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [page])
        #expect(report.appliedToLastBuild)
        #expect(report.work.bodiesRendered == 0, "front matter is not part of the body")
        #expect(
            report.filesWritten == 7,
            "the page, its two neighbours, the home's chapter index, and the title in 3 search index files")
        #expect(try playbook.warm("sv/alfa/index.html").contains("Betan"))
        #expect(!(try playbook.warm("sv/team/index.html").contains("Betan")), "not in the menu")
    }

    @Test func titleThatReordersPagesOutsideTheMenu() async throws {
        let playbook = try await Self.playbookWithPagesOutsideTheMenu()
        defer { playbook.site.remove() }
        let page = "content/sv/alfa.md"
        try playbook.edit(page) { $0.replacingOccurrences(of: "title: Alfa", with: "title: Omega") }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [page])
        #expect(report.appliedToLastBuild)
        // And back, with a description, in one save.
        try playbook.edit(page) {
            $0.replacingOccurrences(of: "title: Omega", with: "title: Alfa\ndescription: Först igen.")
        }
        #expect(try await playbook.rebuildMatchesColdBuild(changed: [page]).appliedToLastBuild)
    }

    @Test func weightChangeReordersNeighbours() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let page = "content/sv/nyckeltal.md"
        try playbook.edit(page) { $0.replacingOccurrences(of: "weight: 30", with: "weight: 50") }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [page])
        #expect(report.appliedToLastBuild)
        #expect(report.work.bodiesRendered == 0, "front matter is not part of the body")
        // A page leaving the menu, and coming back.
        try playbook.edit(page) { $0.replacingOccurrences(of: "weight: 50\n", with: "") }
        #expect(try await playbook.rebuildMatchesColdBuild(changed: [page]).appliedToLastBuild)
        try playbook.edit(page) {
            $0.replacingOccurrences(of: "title: Nyckeltal", with: "title: Nyckeltal\nweight: 10")
        }
        #expect(try await playbook.rebuildMatchesColdBuild(changed: [page]).appliedToLastBuild)
    }

    @Test func sectionTitleReachesTheBreadcrumbsUnderIt() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let section = "content/sv/guide/_index.md"
        // With translations: a page other languages show as a fallback is left to the full rebuild.
        let added = [
            section: "---\ntitle: Guiden\ntranslationKey: guide\n---\nOm guiden.\n",
            "content/sv/guide/steg.md": "---\ntitle: Första steget\ntranslationKey: step\n---\nGör så här.\n",
            "content/ro/ghid/_index.md": "---\ntitle: Ghidul\ntranslationKey: guide\n---\nDespre ghid.\n",
            "content/ro/ghid/pas.md": "---\ntitle: Primul pas\ntranslationKey: step\n---\nAșa.\n",
        ]
        for (path, text) in added { try playbook.site.write(path, text) }
        _ = try await playbook.rebuildMatchesColdBuild(changed: Set(added.keys))
        try playbook.edit(section) { $0.replacingOccurrences(of: "title: Guiden", with: "title: Handboken") }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [section])
        #expect(report.appliedToLastBuild)
        #expect(try playbook.warm("sv/guide/steg/index.html").contains("Handboken"))
    }

    /// Any front matter change is read from the one file and plans the site again; the outputs
    /// that read what it changed (here the date: the page, the print edition, the sitemap) render.
    @Test func otherFrontMatterPlansAgain() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let page = "content/sv/team.md"
        try playbook.edit(page) {
            $0.replacingOccurrences(of: "title: Teamen", with: "title: Teamen\ndate: 2026-11-01")
        }
        #expect(try await playbook.rebuildMatchesColdBuild(changed: [page]).appliedToLastBuild)
    }

    @Test func dataEditReachingOnePage() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let data = "content/data/extra.csv"
        try playbook.site.write(data, "team,score\nA,1\nB,2\n")
        try playbook.site.write(
            "content/sv/extra.md", "---\ntitle: Extra\n---\n```table\ndata: extra.csv\ncolumns: [team, score]\n```\n")
        _ = try await playbook.rebuildMatchesColdBuild(changed: [data, "content/sv/extra.md"])
        try playbook.edit(data) { $0.replacingOccurrences(of: "B,2", with: "B,7") }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [data])
        #expect(report.appliedToLastBuild)
        #expect(report.work.bodiesRendered == 2, "the page and its Romanian fallback, which reads the file too")
        #expect(report.filesWritten == 6, "each with its CSV download, and the new figure in 2 search index files")
    }

    @Test func dataEditOfTheMetricsFile() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let data = "content/data/monthly.csv"
        try playbook.edit(data) { $0.replacingOccurrences(of: "2026-10,87.4,35", with: "2026-10,81.4,36") }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [data])
        #expect(report.appliedToLastBuild)
        #expect(report.work.bodiesRendered >= 1)
    }

    @Test func dataEditReachingNoPage() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let data = "content/data/unused.csv"
        try playbook.site.write(data, "a,b\n1,2\n")
        _ = try await playbook.rebuildMatchesColdBuild(changed: [data])
        try playbook.edit(data) { $0.replacingOccurrences(of: "1,2", with: "1,3") }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [data])
        #expect(report.appliedToLastBuild)
        #expect(report.work.bodiesRendered == 0)
        #expect(report.filesWritten == 0)
    }

    /// Values that break a chart fail the build with the errors a full build reports, the last
    /// build stays as it was, and the fix is again an edit of data alone.
    @Test func dataEditThatBreaksAChart() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let data = "content/data/extra.csv"
        let good = "team,score\nA,1\nB,2\n"
        try playbook.site.write(data, good)
        let page = "content/sv/extra.md"
        try playbook.site.write(
            page,
            "---\ntitle: Extra\n---\n```chart\ntype: hbar\ndata: extra.csv\nx: team\ny: score\ntitle: Poäng\n```\n")
        _ = try await playbook.rebuildMatchesColdBuild(changed: [data, page])
        let before = try playbook.warm("sv/extra/index.html")
        try playbook.site.write(data, good.replacingOccurrences(of: "team,score", with: "team,points"))
        let (warmError, coldError) = try await playbook.failingRebuildAndColdBuild(changed: [data])
        #expect(warmError != nil)
        #expect(warmError?.diagnostics == coldError?.diagnostics)
        #expect(try playbook.warm("sv/extra/index.html") == before, "the last build is kept")
        try playbook.site.write(data, good.replacingOccurrences(of: "B,2", with: "B,5"))
        let report = try await playbook.rebuildMatchesColdBuild(changed: [data])
        #expect(report.appliedToLastBuild)
        #expect(report.work.bodiesRendered == 2, "the page and its Romanian fallback")
    }
}
