import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// A session that defers the site-wide outputs (`folio serve`: `BuildSession.defersSiteWideOutputs`)
/// leaves the print editions and search pages a save reaches stale, writes every other file as a
/// cold build does, and makes a stale one, when asked, with the bytes a cold build of the sources
/// as they are then gives: after one edit or many, of rows, titles, headings and terms.
@Suite struct DeferredOutputsTests {
    typealias Session = IncrementalBuildTests.Playbook

    /// Expects the folder `warm` under `root` to hold a cold build's files with its bytes, except
    /// the files of `stale` (which must exist); returns the files that differ.
    @discardableResult
    static func compare(
        _ root: URL, except stale: Set<String>, _ comment: String, sourceLocation: SourceLocation
    ) async throws -> Set<String> {
        let cold = root.appendingPathComponent("cold")
        try await SiteBuilder(options: BuildOptions(sourceRoot: root, output: cold)).build()
        defer { try? FileManager.default.removeItem(at: cold) }
        let warmTree = try IncrementalBuildTests.Playbook.tree(root.appendingPathComponent("warm"))
        let coldTree = try IncrementalBuildTests.Playbook.tree(cold)
        #expect(
            warmTree.keys.sorted() == coldTree.keys.sorted(), "different files: \(comment)",
            sourceLocation: sourceLocation)
        let differing = Set(coldTree.keys.filter { warmTree[$0] != coldTree[$0] })
        #expect(
            differing.subtracting(stale).isEmpty, "warm differs from cold in \(differing.sorted()): \(comment)",
            sourceLocation: sourceLocation)
        return differing
    }

    @Test func firstBuildDefersNothingAndWritesWhatAColdBuildWrites() async throws {
        let site = try await Session(fixture: "data-pages-site", defersSiteWideOutputs: true)
        defer { site.site.remove() }
        #expect(site.first.deferredFiles.isEmpty)
        #expect(site.first.outputsDeferred == 0)
        try await site.matchesColdBuild()
        #expect(try await site.session.makeDeferred().isEmpty, "nothing is stale")
    }

    @Test func rowEditLeavesThePrintEditionsStaleUntilOneIsAskedFor() async throws {
        let site = try await Session(fixture: "data-pages-site", defersSiteWideOutputs: true)
        defer { site.site.remove() }
        let teams = "content/data/teams.csv"
        let edition = "sv/utskrift/index.html"
        try site.edit(teams) { $0.replacingOccurrences(of: "Malmö,Malmö & Lund,", with: "Malmö,Malmö <&> Ystad,") }
        let report = try await site.session.build(changed: [teams])
        #expect(report.appliedToLastBuild, "the row's pages are made again in place")
        #expect(report.deferredFiles.contains(edition), "\(report.deferredFiles)")
        #expect(report.outputsDeferred == report.deferredFiles.count)
        #expect(try site.warm(edition).contains("Malmö &amp; Lund"), "the edition is as the last build left it")
        #expect(try site.warm("sv/lag/index.html").contains("Laget Malmö &lt;&amp;&gt; Ystad"), "the listing is not")
        let stale = try await site.matchesColdBuild(except: Set(report.deferredFiles), "row edit")
        #expect(stale.contains(edition))

        #expect(try await site.session.makeDeferred(file: edition) == [edition])
        #expect(try site.warm(edition).contains("Laget Malmö &lt;&amp;&gt; Ystad"))
        let others = Set(report.deferredFiles).subtracting([edition])
        #expect(await site.session.deferredFiles == others.sorted(), "only the edition asked for is made")
        try await site.matchesColdBuild(except: others, "one edition made")

        // A second edit while the other edition is still stale: it stays stale, this one goes stale
        // again, and making both gives a cold build's folder.
        try site.edit(teams) { $0.replacingOccurrences(of: "Göteborg,87.4", with: "Göteborg,88.4") }
        let second = try await site.session.build(changed: [teams])
        #expect(second.outputsDeferred == 1, "only the edition made since is stale anew")
        #expect(Set(second.deferredFiles) == Set(report.deferredFiles))
        #expect(try await site.session.makeDeferred() == second.deferredFiles)
        try await site.matchesColdBuild(except: [], "every stale output made")
        #expect(await site.session.deferredFiles.isEmpty)
    }

    @Test func headingEditLeavesTheSearchPagesStaleWithSearchOn() async throws {
        let site = try await Session(fixture: "data-pages-site", defersSiteWideOutputs: true) { site in
            let yml = try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
            try site.write("content/site.yml", yml.replacingOccurrences(of: "search: false", with: "search: true"))
        }
        defer { site.site.remove() }
        let index = "content/sv/_index.md"
        try site.edit(index) { $0 + "\n## Omdöpt avsnitt\n\nText.\n" }
        let report = try await site.session.build(changed: [index])
        let search = try #require(report.deferredFiles.first { $0.hasPrefix("sv/") && !$0.contains("utskrift") })
        #expect(!(try site.warm(search).contains("Omdöpt")))
        let stale = try await site.matchesColdBuild(except: Set(report.deferredFiles), "heading edit")
        #expect(stale.contains(search), "the subject index lists the new heading")
        #expect(try await site.session.makeDeferred(file: search) == [search])
        #expect(try site.warm(search).contains("Omdöpt"))
        #expect(try await site.session.makeDeferred().count == report.deferredFiles.count - 1)
        try await site.matchesColdBuild(except: [], "all made")
    }

    /// Random edits of titles, headings, `index:` terms, weights, pages added and removed, with the
    /// stale outputs made now and then (one, or all) and the folder compared with a cold build
    /// after each edit: only stale files may differ, and none once all are made.
    @Test func randomEditsMadeLateMatchAColdBuild() async throws {
        let seed = SeededRandom.seed("DeferredOutputsTests", variable: "FOLIO_DEFERRED_SEED")
        var site = try await SubjectIndexEditTests.Site(seed: seed, pages: 10, defers: true)
        defer { site.site.remove() }
        var choice = SplitMix(seed: seed ^ 0x5EED)
        var made = 0
        for step in 0..<40 {
            let (kind, changed) = try site.edit()
            let comment = "step \(step): \(kind) (seed \(seed))"
            let report = try await site.session.build(changed: changed)
            let stale = Set(report.deferredFiles)
            try await site.matchesColdBuild(except: stale, comment)
            switch choice.next(3) {
            case 0 where !stale.isEmpty:
                let file = report.deferredFiles[choice.next(report.deferredFiles.count)]
                #expect(try await site.session.makeDeferred(file: file) == [file], "\(comment)")
                try await site.matchesColdBuild(except: stale.subtracting([file]), comment + ", one made")
                made += 1
            case 1:
                try await site.session.makeDeferred()
                try await site.matchesColdBuild(except: [], comment + ", all made")
                made += 1
            default:
                break
            }
        }
        try await site.session.makeDeferred()
        try await site.matchesColdBuild(except: [], "at the end (seed \(seed))")
        #expect(made > 0, "seed \(seed)")
    }
}

extension SubjectIndexEditTests.Site {
    /// `DeferredOutputsTests.compare` on this site's warm folder.
    func matchesColdBuild(
        except stale: Set<String>, _ comment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        try await DeferredOutputsTests.compare(site.root, except: stale, comment, sourceLocation: sourceLocation)
    }
}

extension IncrementalBuildTests.Playbook {
    /// The warm folder against a cold build, except the `stale` outputs a deferring session left
    /// (`DeferredOutputsTests.compare`); returns the files that differ.
    @discardableResult
    func matchesColdBuild(
        except stale: Set<String> = [], _ comment: String = "", sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Set<String> {
        try await DeferredOutputsTests.compare(site.root, except: stale, comment, sourceLocation: sourceLocation)
    }
}
