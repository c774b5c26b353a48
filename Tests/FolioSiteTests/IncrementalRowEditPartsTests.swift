import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Row edits in `folio serve` reuse what the last build made of the other rows: the print editions'
/// sections (`PrintSections`), the listings' entries (`ListingMarkup`) and, with search on, the
/// full-text index of the other pages. Each edit must still build what a cold build does, byte for
/// byte: a row whose title changes, one removed, one added, and the same with search on. On the
/// `data-pages-site` fixture (three teams; the teams chapter holds the team pages as sections).
@Suite struct IncrementalRowEditPartsTests {
    typealias Playbook = IncrementalBuildTests.Playbook
    static let teams = "content/data/teams.csv"

    @Test func rowTitleEditRenamesItsSectionContentsEntryAndListingEntry() async throws {
        let playbook = try await Playbook(fixture: "data-pages-site")
        defer { playbook.site.remove() }
        try playbook.edit(Self.teams) {
            $0.replacingOccurrences(of: "Malmö,Malmö & Lund,", with: "Malmö,Malmö <&> Ystad,")
        }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams])
        #expect(report.appliedToLastBuild, "the row's pages are made again in place")
        let edition = try playbook.warm("sv/utskrift/index.html")
        #expect(edition.contains("Laget Malmö &lt;&amp;&gt; Ystad"), "the section's heading and contents entry")
        #expect(!edition.contains("Malmö &amp; Lund"))
        #expect(try playbook.warm("sv/lag/index.html").contains("Laget Malmö &lt;&amp;&gt; Ystad"), "the listing")
        // A second edit of another row reuses the renamed section as it was made.
        try playbook.edit(Self.teams) { $0.replacingOccurrences(of: "Göteborg,87.4", with: "Göteborg,88.4") }
        _ = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams])
        #expect(try playbook.warm("sv/utskrift/index.html").contains("Laget Malmö &lt;&amp;&gt; Ystad"))
    }

    @Test func removedAndAddedRowsLeaveAndJoinTheEditionsAndListings() async throws {
        let playbook = try await Playbook(fixture: "data-pages-site")
        defer { playbook.site.remove() }
        try playbook.edit(Self.teams) { $0.replacingOccurrences(of: "Timișoara,Timișoara,81.2,8350,140\n", with: "") }
        _ = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams])
        #expect(!(try playbook.warm("sv/utskrift/index.html").contains("Laget Timișoara")))
        #expect(!(try playbook.warm("ro/echipe/index.html").contains("Timișoara")))
        try playbook.edit(Self.teams) { $0 + "Umeå,Umeå,84.0,3100,80\n" }
        try playbook.edit("content/data/tickets.csv") { $0 + "7,2026-01,Umeå,12\n" }
        _ = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams, "content/data/tickets.csv"])
        #expect(try playbook.warm("sv/utskrift/index.html").contains("Laget Umeå"))
        #expect(try playbook.warm("sv/lag/index.html").contains("Laget Umeå"))
        // And a value edit after both: the kept sections and entries are at new places.
        try playbook.edit(Self.teams) { $0.replacingOccurrences(of: "Umeå,Umeå,84.0", with: "Umeå,Umeå,85.0") }
        _ = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams])
    }

    @Test func rowEditsWithSearchOnUpdateTheIndexOfTheEditedPagesOnly() async throws {
        let playbook = try await Playbook(fixture: "data-pages-site")
        defer { playbook.site.remove() }
        try playbook.edit("content/site.yml") { $0.replacingOccurrences(of: "search: false", with: "search: true") }
        _ = try await playbook.rebuildMatchesColdBuild(changed: ["content/site.yml"])
        try playbook.edit(Self.teams) { $0.replacingOccurrences(of: "Malmö,Malmö & Lund,", with: "Malmö,Sundet,") }
        let renamed = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams])
        #expect(renamed.appliedToLastBuild)
        try playbook.edit(Self.teams) { $0.replacingOccurrences(of: "Göteborg,87.4", with: "Göteborg,86.4") }
        _ = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams])
        try playbook.edit(Self.teams) { $0.replacingOccurrences(of: "Timișoara,Timișoara,81.2,8350,140\n", with: "") }
        _ = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams])
    }

    /// A page read the data file, so the server makes its table as it loads the saved file (no
    /// separate check of its cells, `DataLoader`): a bad value must still fail the build with the
    /// cold build's located errors and keep the last build, and the fix build what a cold build does.
    @Test func rowEditWithABadValueFailsAsAColdBuildFails() async throws {
        let playbook = try await Playbook(fixture: "data-pages-site")
        defer { playbook.site.remove() }
        let before = try playbook.warm("sv/lag/malmo/index.html")
        try playbook.edit(Self.teams) { $0.replacingOccurrences(of: "Malmö & Lund,90.5,", with: "Malmö & Lund,9x,") }
        let (warmError, coldError) = try await playbook.failingRebuildAndColdBuild(changed: [Self.teams])
        #expect(warmError?.diagnostics.map(\.description) == coldError?.diagnostics.map(\.description))
        #expect(
            warmError?.diagnostics.first?.description.contains("teams.csv:4:") == true,
            "\(String(describing: warmError))")
        #expect(try playbook.warm("sv/lag/malmo/index.html") == before, "the last build is kept")
        try playbook.edit(Self.teams) { $0.replacingOccurrences(of: "Malmö & Lund,9x,", with: "Malmö & Lund,91.5,") }
        let report = try await playbook.rebuildMatchesColdBuild(changed: [Self.teams])
        #expect(try playbook.warm("sv/lag/malmo/index.html").contains("nöjdheten 91,5\u{a0}%"), "\(report.work)")
    }
}
