import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// `folio serve` on pages from data writes exactly what a cold build writes, and an edit of one row
/// renders only that row's pages (in every language) and the listings showing a changed field. On
/// the `data-pages-site` fixture: three teams, a Swedish and a Romanian template.
@Suite struct IncrementalDataPagesTests {
    typealias Playbook = IncrementalBuildTests.Playbook
    static let teams = "content/data/teams.csv"

    func session() async throws -> Playbook {
        try await Playbook(fixture: "data-pages-site")
    }

    @Test func rowEditRendersThatRowsPagesAndTheListingsOnly() async throws {
        let playbook = try await session()
        defer { playbook.site.remove() }
        let before = try playbook.warm("sv/lag/goteborg/index.html")
        try playbook.edit(Self.teams) { $0.replacingOccurrences(of: "Malmö & Lund,90.5", with: "Malmö & Lund,91.5") }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams])
        #expect(report.work.bodiesRendered == 2, "Malmö's Swedish and Romanian pages")
        #expect(report.appliedToLastBuild, "the row's pages are made again in place, the site is not loaded again")
        #expect(try playbook.warm("sv/lag/malmo/index.html").contains("nöjdheten 91,5\u{a0}%"))
        #expect(try playbook.warm("sv/lag/index.html").contains("Nöjdhet 91,5\u{a0}%"), "the listing shows csat")
        #expect(try playbook.warm("sv/lag/goteborg/index.html") == before)
        #expect(report.work.queriesRun.isEmpty, "the SQL names :team only, which did not change")
        // Both pages, both listings (their descriptions show csat) and both print editions (which hold
        // the team pages as sections of the teams chapter).
        #expect(report.filesWritten == 6, "\(report.work)")
    }

    /// With more rows than the print edition makes sections at once (`PrintEdition.sectionBatch`),
    /// the cold build's editions, written a section at a time from packed bodies, are the bytes the
    /// server's editions are, made whole from the sections it keeps; before and after a row edit.
    @Test func manyRowsPrintTheEditionsAColdBuildPrints() async throws {
        let playbook = try await session()
        defer { playbook.site.remove() }
        let count = 700
        let teams = (0..<count).map { "Lag \($0)" }
        try playbook.edit(Self.teams) { old in
            old
                + teams.enumerated().map { "\($1),\($1) & co,\(70 + $0 % 30).5,\(1000 + $0),\(60 + $0 % 90)\n" }
                .joined()
        }
        try playbook.edit("content/data/tickets.csv") { old in
            old + teams.enumerated().map { "\(100 + $0),2026-01,\($1),\($0 % 50)\n" }.joined()
        }
        _ = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams, "content/data/tickets.csv"])
        let edition = try playbook.warm("sv/utskrift/index.html")
        #expect(edition.contains("<span class=\"print-number\">1.\(count + 3)</span> Laget Lag 699 &amp; co</h2>"))
        try playbook.edit(Self.teams) { $0.replacingOccurrences(of: "Lag 350 & co,90.5", with: "Lag 350 & co,91.5") }
        _ = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams])
        #expect(try playbook.warm("sv/utskrift/index.html").contains("Laget Lag 350 &amp; co hade nöjdheten 91,5"))
    }

    @Test func rowEditOfAFieldNoListingShowsLeavesTheListingsAlone() async throws {
        let playbook = try await session()
        defer { playbook.site.remove() }
        try playbook.edit(Self.teams) { $0.replacingOccurrences(of: "5210,70", with: "5210,75") }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams])
        #expect(report.work.bodiesRendered == 2)
        #expect(report.appliedToLastBuild)
        // first_reply is in the Swedish body only: its page and the Swedish print edition; the
        // Romanian body renders again to the same HTML, so its page is not. The subject indexes
        // (sv/sok, ro/cautare) read the bodies' headings, which stay: not rendered again.
        #expect(report.work.pagesRendered == 3, "\(report.work)")
        #expect(report.filesWritten == 2, "the Swedish page and print edition")
        #expect(try playbook.warm("sv/lag/malmo/index.html").contains("första svar efter 1\u{a0}min 15\u{a0}s"))
    }

    @Test func rowEditMovingItsPageInTheListingLoadsTheSiteAgain() async throws {
        let playbook = try await session()
        defer { playbook.site.remove() }
        // The Romanian template lists by csat: Göteborg's new csat moves it, so its listing is planned again.
        try playbook.edit("content/ro/echipe/[team].md") {
            $0.replacingOccurrences(of: "rows: teams.csv", with: "rows: teams.csv\nsort: -csat")
        }
        _ = try await playbook.rebuildMatchesColdBuild(changed: ["content/ro/echipe/[team].md"])
        try playbook.edit(Self.teams) { $0.replacingOccurrences(of: "Göteborg,87.4", with: "Göteborg,97.4") }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams])
        #expect(!report.appliedToLastBuild)
        #expect(try playbook.warm("ro/echipe/index.html").contains("97,4"))
    }

    @Test func addingAndRemovingARowAddsAndRemovesItsPages() async throws {
        let playbook = try await session()
        defer { playbook.site.remove() }
        try playbook.edit(Self.teams) { $0 + "Umeå,Umeå,84.0,3100,80\n" }
        try playbook.edit("content/data/tickets.csv") { $0 + "7,2026-01,Umeå,12\n" }
        let added = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams, "content/data/tickets.csv"])
        #expect(playbook.warmExists("sv/lag/umea/index.html") && playbook.warmExists("ro/echipe/umea/index.html"))
        #expect(added.work.bodiesRendered == 8, "Umeå's two pages, and the six whose blocks read tickets.csv")
        try playbook.edit(Self.teams) { $0.replacingOccurrences(of: "Timișoara,Timișoara,81.2,8350,140\n", with: "") }
        _ = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams])
        #expect(!playbook.warmExists("sv/lag/timisoara/index.html") && !playbook.warmExists("ro/echipe/timisoara"))
    }

    @Test func templateEditRendersItsPages() async throws {
        let playbook = try await session()
        defer { playbook.site.remove() }
        let template = "content/sv/lag/[team].md"
        try playbook.edit(template) { $0 + "\nEn ny mening om {{row.name}}.\n" }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [template])
        #expect(report.work.bodiesRendered == 3, "the three Swedish team pages: \(report.work)")
        #expect(try playbook.warm("sv/lag/timisoara/index.html").contains("En ny mening om Timișoara."))
        try playbook.edit(template) { $0.replacingOccurrences(of: "title: Laget", with: "title: Team") }
        let retitled = try await playbook.rebuildMatchesColdBuild(changed: [template])
        #expect(retitled.work.bodiesRendered == 0, "a title is not in the body")
        #expect(try playbook.warm("sv/lag/index.html").contains(">Team Göteborg</a>"))
    }

    @Test func unnamedEditsBuildAsColdBuildsDo() async throws {
        let playbook = try await session()
        defer { playbook.site.remove() }
        try playbook.edit(Self.teams) { $0.replacingOccurrences(of: "12400", with: "12500") }
        try playbook.edit("content/ro/echipe/[team].md") { $0 + "\nO frază nouă.\n" }
        _ = try await playbook.rebuildMatchesColdBuild()
        try FileManager.default.removeItem(at: playbook.site.root.appendingPathComponent("content/ro/echipe/[team].md"))
        _ = try await playbook.rebuildMatchesColdBuild(changed: ["content/ro/echipe/[team].md"])
        #expect(!playbook.warmExists("ro/echipe/goteborg/index.html"))
        #expect(playbook.warmExists("ro/lag/goteborg/index.html"), "a fallback page per row, at the Swedish place")
    }
}
