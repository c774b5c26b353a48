import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// A warm build (`BuildSession`, as `folio serve` runs after each save) must write exactly what a
/// cold `folio build` of the same sources writes, for every kind of change, while rendering only
/// what the change reaches. Each test builds the `incremental-site` fixture with the bundled
/// templates (charts, KPI tiles, a table, `{{metric}}` values over two data files, the glossary,
/// both languages), changes one thing, builds again in the same session and compares the output
/// folder, file by file and folder by folder, with a cold build of the result.
///
/// The fixture, not the bundled playbook, so that editing the playbook never breaks these tests;
/// the bundled templates are edited by structure (a key's line, the end of a file), not by text.
@Suite struct IncrementalBuildTests {
    /// The fixture in a temporary folder, with a session whose first build has run.
    struct Playbook {
        let site: FixtureSite
        let session: BuildSession
        let first: BuildReport

        /// `defersSiteWideOutputs` as `folio serve` runs it (DeferredOutputsTests); `prepare` edits the
        /// fixture before the first build.
        init(
            fixture: String = "incremental-site", reuse: Bool = true, defersSiteWideOutputs: Bool = false,
            prepare: (FixtureSite) throws -> Void = { _ in }
        ) async throws {
            site = try FixtureSite(fixture)
            try prepare(site)
            session = BuildSession(
                options: BuildOptions(
                    sourceRoot: site.root, output: site.root.appendingPathComponent("warm"), reuse: reuse),
                defersSiteWideOutputs: defersSiteWideOutputs)
            first = try await session.build()
        }

        func warm(_ path: String) throws -> String {
            try String(contentsOf: site.root.appendingPathComponent("warm/" + path), encoding: .utf8)
        }

        func warmExists(_ path: String) -> Bool {
            FileManager.default.fileExists(atPath: site.root.appendingPathComponent("warm/" + path).path)
        }

        func source(_ path: String) throws -> String {
            try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let old = try source(path)
            let new = change(old)
            #expect(new != old, "the edit of \(path) changed nothing")
            try site.write(path, new)
        }

        /// Builds warm in the session (told that `changed` changed, as the watcher tells it; nil
        /// compares every file), then cold into another folder; expects the same files and folders
        /// with the same bytes, and returns the warm build's report.
        func rebuildMatchesColdBuild(changed: Set<String>? = nil, sourceLocation: SourceLocation = #_sourceLocation)
            async throws -> BuildReport
        {
            let warm = try await session.build(changed: changed)
            let coldOutput = site.root.appendingPathComponent("cold")
            try await SiteBuilder(options: BuildOptions(sourceRoot: site.root, output: coldOutput)).build()
            let warmTree = try Self.tree(site.root.appendingPathComponent("warm"))
            let coldTree = try Self.tree(coldOutput)
            #expect(
                warmTree.keys.sorted() == coldTree.keys.sorted(), "different files or folders",
                sourceLocation: sourceLocation)
            let differing = coldTree.keys.filter { warmTree[$0] != coldTree[$0] }.sorted()
            #expect(differing.isEmpty, "warm output differs from cold in \(differing)", sourceLocation: sourceLocation)
            try FileManager.default.removeItem(at: coldOutput)
            return warm
        }

        /// Every file (with its bytes) and folder (with nil) under `folder`.
        static func tree(_ folder: URL) throws -> [String: Data?] {
            var entries: [String: Data?] = [:]
            guard let walk = FileManager.default.enumerator(atPath: folder.path) else { return entries }
            while let path = walk.nextObject() as? String {
                var isFolder: ObjCBool = false
                let url = folder.appendingPathComponent(path)
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
                entries[path] = isFolder.boolValue ? .some(nil) : try Data(contentsOf: url)
            }
            return entries
        }
    }

    @Test func firstBuildOfASessionRendersEverything() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        #expect(playbook.first.work.bodiesReused == 0)
        #expect(playbook.first.work.pagesReused == 0)
        #expect(playbook.first.work.pagesRendered == playbook.first.pages - 1)  // all but the root's redirect
        let again = try await playbook.rebuildMatchesColdBuild()
        #expect(again.work.bodiesRendered == 0)
        #expect(again.filesWritten == 0, "nothing changed, so nothing is written")
    }

    @Test func pageText() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try playbook.edit("content/sv/servicelofter.md") { $0 + "\nEn ny mening i slutet.\n" }
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.work.bodiesRendered == 1)
        // The page itself, the two glossaries (a build that loads the site again plans again, and
        // the glossaries list pages by title) and the Swedish print edition (it holds the chapter);
        // not the search pages: their subject indexes read the headings, which stay.
        #expect(report.work.pagesRendered == 4)
        #expect(report.filesWritten == 5, "the page, the Swedish print edition and 3 search index files")
        #expect(try playbook.warm("sv/servicelofter/index.html").contains("En ny mening i slutet."))
        #expect(try playbook.warm("sv/utskrift/index.html").contains("En ny mening i slutet."))
    }

    /// The print edition depends on every chapter: an edit to one, a new chapter in the menu and a
    /// retitled one all reach it, and the warm edition equals a cold build's.
    @Test func printEditionFollowsEveryChapter() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try playbook.edit("content/ro/promisiuni.md") { $0 + "\nO frază nouă la sfârșit.\n" }
        _ = try await playbook.rebuildMatchesColdBuild()
        #expect(try playbook.warm("ro/tiparire/index.html").contains("O frază nouă la sfârșit."))
        try playbook.site.write("content/sv/ny.md", "---\ntitle: Nytt kapitel\nweight: 25\n---\nNy text.\n")
        _ = try await playbook.rebuildMatchesColdBuild()
        let edition = try playbook.warm("sv/utskrift/index.html")
        #expect(edition.contains("Nytt kapitel</h2>") && edition.contains("Ny text."))
        try playbook.edit("content/sv/team.md") { $0.replacingOccurrences(of: "title: Teamen", with: "title: Lagen") }
        _ = try await playbook.rebuildMatchesColdBuild()
        #expect(try playbook.warm("sv/utskrift/index.html").contains("Lagen</h2>"))
    }

    @Test func pageTitle() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try playbook.edit("content/sv/servicelofter.md") {
            $0.replacingOccurrences(of: "title: Servicelöften", with: "title: Våra servicelöften")
        }
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.work.bodiesRendered == 0, "a title is not part of the body")
        // In the menu: every Swedish page shows it, the Romanian translation's switcher does not.
        #expect(report.work.pagesRendered > 3)
        #expect(report.work.pagesReused > 0)
    }

    @Test func dataFile() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try playbook.edit("content/data/teams.csv") {
            $0.replacingOccurrences(of: "Stockholm,89.7", with: "Stockholm,79.7")
        }
        let report = try await playbook.rebuildMatchesColdBuild()
        // The one page per language that reads teams.csv; the metric pages read monthly.csv.
        #expect(report.work.bodiesRendered == 2, "only the bodies that read the changed file")
        #expect(report.work.bodiesReused == playbook.first.work.bodiesRendered - 2)
        #expect(try playbook.warm("sv/team/index.html").contains("79,7"))
    }

    /// A chart's CSV file follows its data; a removed chart's file goes, in the warm build as in a cold one.
    @Test func chartDownloadsFollowTheirDataAndBlocks() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        #expect(playbook.warmExists("sv/team/chart-1.csv"))
        #expect(playbook.warmExists("sv/team/table-2.csv"))
        try playbook.edit("content/data/teams.csv") {
            $0.replacingOccurrences(of: "Stockholm,89.7", with: "Stockholm,79.7")
        }
        _ = try await playbook.rebuildMatchesColdBuild()
        #expect(try playbook.warm("sv/team/chart-1.csv").contains("Stockholm;79,7"))
        try playbook.edit("content/sv/team.md") {
            String($0[..<($0.range(of: "```table")?.lowerBound ?? $0.endIndex)])
        }
        _ = try await playbook.rebuildMatchesColdBuild()
        #expect(playbook.warmExists("sv/team/chart-1.csv"))
        #expect(!playbook.warmExists("sv/team/table-2.csv"))
    }

    /// A page whose only data is a `{{metric}}` value in its text depends on that metric's file.
    @Test func inlineMetricFollowsItsDataFile() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try playbook.site.write(
            "content/sv/bara-text.md", "---\ntitle: Bara text\n---\nCSAT: {{metric csat latest}}.\n")
        _ = try await playbook.rebuildMatchesColdBuild()
        try playbook.edit("content/data/monthly.csv") {
            $0.replacingOccurrences(of: "2026-10,87.4", with: "2026-10,77.4")
        }
        let report = try await playbook.rebuildMatchesColdBuild()
        // The new page, its Romanian fallback and the metric page of each language; the team
        // pages read teams.csv only.
        #expect(report.work.bodiesRendered == 4)
        #expect(try playbook.warm("sv/bara-text/index.html").contains("77,4"))
    }

    @Test func dataFileNoPageReads() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try playbook.site.write("content/data/extra.csv", "month,value\n2026-01,1\n")
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.work.bodiesRendered == 0)
    }

    @Test func template() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try playbook.edit("templates/footer.mustache") { $0 + "<!-- edited -->\n" }
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.work.bodiesRendered == 0, "templates do not change page bodies")
        #expect(report.work.pagesReused == 0)
    }

    @Test func stylesheet() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try playbook.edit("templates/css/base.css") { $0 + "\n.folio-test { color: inherit; }\n" }
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.work.bodiesRendered == 0)
        #expect(report.work.pagesReused == 0, "every page links the stylesheet by its new name")
    }

    @Test func stringTable() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try playbook.edit("templates/strings/sv.yml") { text in
            // The footer note's line, whatever the bundled strings say there.
            text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.hasPrefix("footerNote:") ? "footerNote: Folio-testets fotnot" : String($0)
            }.joined(separator: "\n")
        }
        _ = try await playbook.rebuildMatchesColdBuild()
        #expect(try playbook.warm("sv/index.html").contains("Folio-testets fotnot"))
    }

    @Test func deletedPage() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try FileManager.default.removeItem(at: playbook.site.root.appendingPathComponent("content/sv/servicelofter.md"))
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.pages == playbook.first.pages - 1)
        #expect(!playbook.warmExists("sv/servicelofter/index.html"))
        #expect(!playbook.warmExists("sv/servicelofter"), "the emptied folder goes too")
    }

    @Test func addedPage() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try playbook.site.write("content/ro/pagina-noua.md", "---\ntitle: Pagină nouă\n---\nText nou.\n")
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.pages == playbook.first.pages + 1)
        #expect(report.work.bodiesRendered == 1)
    }

    @Test func siteConfiguration() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try playbook.edit("content/site.yml") {
            $0.replacingOccurrences(of: "baseURL: \"\"", with: "baseURL: https://example.org/playbook/")
        }
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.work.bodiesReused == 0, "links in every body follow the new link style")
    }

    @Test func failedBuildThenFix() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        let path = "content/sv/servicelofter.md"
        let good = try playbook.source(path)
        try playbook.site.write(path, good.replacingOccurrences(of: "weight: 20", with: "weight: [tjugo"))
        await #expect(throws: (any Error).self) { try await playbook.session.build() }
        try playbook.site.write(path, good + "\nRättad.\n")
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.work.bodiesRendered == 1)
    }

    @Test func outputFolderRemovedBetweenBuilds() async throws {
        let playbook = try await Playbook()
        defer { playbook.site.remove() }
        try FileManager.default.removeItem(at: playbook.site.root.appendingPathComponent("warm"))
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.filesWritten == report.files, "a folder that cannot be updated is written whole")
    }

    /// With reuse off (`FOLIO_REUSE=0`), a session renders every body and page on every build,
    /// and still writes only the files whose bytes changed.
    @Test func reuseOffRendersEverything() async throws {
        let playbook = try await Playbook(reuse: false)
        defer { playbook.site.remove() }
        let all = playbook.first.work
        try playbook.edit("content/sv/servicelofter.md") { $0 + "\nEn ny mening i slutet.\n" }
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.work.bodiesReused == 0)
        #expect(report.work.pagesReused == 0)
        #expect(report.work.bodiesRendered == all.bodiesRendered)
        #expect(report.work.pagesRendered == all.pagesRendered)
        #expect(report.filesWritten == 5, "the page, the Swedish print edition and 3 search index files")
    }
}
