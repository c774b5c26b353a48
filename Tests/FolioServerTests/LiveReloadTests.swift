import FolioTestSupport
import Foundation
import Testing

@testable import FolioServer

/// Editing sources while the server runs: rebuilds, reload events, debouncing and failed builds.
///
/// One test saves and lets the watcher notice (a save reaches the open page); the others rebuild on
/// request (`RunningServer.rebuild()`), so they count builds and generations exactly, whatever the timing.
@Suite(.serialized)
struct LiveReloadTests {
    @Test func editedPageIsRebuiltAndOpenPagesAreToldToReload() async throws {
        let server = try await RunningServer.start()
        let events = try EventStreamReader(port: server.port)
        #expect(await events.waitFor(": connected"))
        let page = "content/sv/kanaler.md"
        try server.write(page, try server.source(page) + "\nNytt stycke om chatt.\n")
        #expect(await events.waitFor("event: reload"), "no reload event; got: \(events.text)")
        let rebuilt = try await server.get("/sv/kanaler/")
        #expect(rebuilt.text.contains("Nytt stycke om chatt."))
        // Seven authored pages, the two Romanian fallback pages of the Swedish-only ones, two print editions,
        // two search pages:
        // the first build and the rebuild. At least two, not exactly: `write` truncates, then writes, and on a
        // loaded machine the watcher can see the two apart and rebuild twice.
        #expect(server.log.count(of: "Built 13 pages") >= 2)
        events.close()
        await server.stop()
    }

    @Test func dataAndTemplateChangesAlsoRebuild() async throws {
        let server = try await RunningServer.start(rebuildsOnSave: false)
        let events = try EventStreamReader(port: server.port)
        #expect(await events.waitFor(": connected"))
        try server.write(
            "templates/footer.mustache", try server.source("templates/footer.mustache") + "<!-- edited -->\n")
        #expect(try await server.rebuild())
        #expect(await events.waitFor("data: 2"))
        #expect(try await server.get("/sv/").text.contains("<!-- edited -->"))
        try FileManager.default.createDirectory(
            at: server.root.appendingPathComponent("content/data"), withIntermediateDirectories: true)
        // A data file no page reads changes no file of the site: no reload.
        try server.write("content/data/new.csv", "month,value\n2026-01,1\n")
        #expect(try await server.rebuild())
        #expect(server.log.count(of: "No change to the site") == 1, "\(server.log.text)")
        // A page that draws it, then a change to its data: a reload each.
        try server.write(
            "content/sv/diagram.md",
            "---\ntitle: Diagram\n---\n```chart\ntype: line\ndata: new.csv\nx: month\ny: value\ntitle: Värde\n```\n")
        #expect(try await server.rebuild())
        #expect(await events.waitFor("data: 3"))
        let drawn = try await server.get("/sv/diagram/").text
        #expect(drawn.contains("<svg"))
        try server.write("content/data/new.csv", "month,value\n2026-01,1\n2026-02,7\n")
        #expect(try await server.rebuild())
        #expect(await events.waitFor("data: 4"))
        #expect(try await server.get("/sv/diagram/").text != drawn)
        #expect(server.log.count(of: "Built") == 4, "\(server.log.text)")
        events.close()
        await server.stop()
    }

    @Test func pageLoadedBeforeAFinishedBuildReloadsAtOnce() async throws {
        let server = try await RunningServer.start(rebuildsOnSave: false)
        let page = "content/sv/kanaler.md"
        try server.write(page, try server.source(page) + "\nÄndring.\n")
        #expect(try await server.rebuild())
        #expect(server.log.count(of: "Built") == 2)
        // The page was loaded from the first build (generation 1); the second has finished since.
        let events = try EventStreamReader(port: server.port, path: "/_folio/events?since=1")
        #expect(await events.waitFor("event: reload"))
        events.close()
        await server.stop()
    }

    /// Saves that come before the server looks (a burst, within the watcher's quiet period: see
    /// `SourceWatcherTests` for the quiet period itself) are one rebuild, with the last save's text.
    @Test func burstOfSavesGivesOneRebuild() async throws {
        let server = try await RunningServer.start(rebuildsOnSave: false)
        let page = "content/sv/principer.md"
        let original = try server.source(page)
        for index in 0..<5 {
            try server.write(page, original + "\nVersion \(index).\n")
        }
        #expect(try await server.rebuild())
        #expect(server.log.count(of: "Built") == 2, "\(server.log.text)")
        #expect(try await server.get("/sv/principer/").text.contains("Version 4."))
        await server.stop()
    }

    @Test func savingTheSameBytesAgainReloadsNothing() async throws {
        let server = try await RunningServer.start(rebuildsOnSave: false)
        let events = try EventStreamReader(port: server.port)
        #expect(await events.waitFor(": connected"))
        let page = "content/sv/kanaler.md"
        try server.replace(page, try server.source(page))
        #expect(try await server.rebuild())
        #expect(server.log.count(of: "No change to the site") == 1, "\(server.log.text)")
        // A real edit afterwards is the next build: generation 2, so no reload was sent for the save above.
        try server.replace(page, try server.source(page) + "\nEn ändring.\n")
        #expect(try await server.rebuild())
        #expect(await events.waitFor("data: 2"), "\(events.text)")
        #expect(server.log.count(of: "Built 13 pages") == 2, "\(server.log.text)")
        events.close()
        await server.stop()
    }

    @Test func brokenEditKeepsLastGoodPageAndShowsTheError() async throws {
        let server = try await RunningServer.start(rebuildsOnSave: false)
        let events = try EventStreamReader(port: server.port)
        #expect(await events.waitFor(": connected"))
        let page = "content/sv/kanaler.md"
        let good = try server.source(page)
        let before = try await server.get("/sv/kanaler/")
        #expect(before.status == 200)

        try server.write(page, good.replacingOccurrences(of: "---\n", with: "---\nauthor: Eva\n", options: [.anchored]))
        #expect(try await server.rebuild() == false)
        #expect(await events.waitFor("data: 2"))
        let broken = try await server.get("/sv/kanaler/")
        #expect(broken.status == 200)
        #expect(broken.text.contains("folio-build-error"))
        #expect(broken.text.contains("content/sv/kanaler.md:2:1: error: unknown front-matter key &#39;author&#39;"))
        #expect(broken.header("ETag") != before.header("ETag"))
        let lastGood = String(decoding: before.body, as: UTF8.self)
        let main = try #require(lastGood.range(of: "<main")).lowerBound
        let mainEnd = try #require(lastGood.range(of: "</main>")).upperBound
        #expect(broken.text.contains(lastGood[main..<mainEnd]), "the last good page is still served under the overlay")
        #expect(server.log.text.contains("content/sv/kanaler.md:2:1: error: unknown front-matter key 'author'"))
        let missing = try await server.get("/sv/saknas/")
        #expect(missing.status == 404)
        #expect(missing.text.contains("folio-build-error"))

        try server.write(page, good)
        #expect(try await server.rebuild())
        #expect(await events.waitFor("data: 3"))
        let fixed = try await server.get("/sv/kanaler/")
        #expect(fixed.status == 200)
        #expect(!fixed.text.contains("folio-build-error"))
        events.close()
        await server.stop()
    }

    @Test func failingFirstBuildStillServesTheError() async throws {
        let server = try await RunningServer.start(rebuildsOnSave: false) { root in
            try Data("---\ntitle: [oops\n---\nText\n".utf8).write(
                to: root.appendingPathComponent("content/sv/trasig.md"))
        }
        let reply = try await server.get("/sv/")
        #expect(reply.status == 404)
        #expect(reply.text.contains("content/sv/trasig.md:"))
        await server.stop()
    }
}

@Suite struct SourceSnapshotTests {
    @Test func seesEditsNewFilesAndDeletionsButNotHiddenFiles() throws {
        try withTemporaryFolder("snap") { temporary in
            let folder = temporary.url
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("sv"), withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("sv/a.md")
            try Data("a".utf8).write(to: file)
            let first = SourceSnapshot(folders: [folder])
            #expect(first.files.count == 1)
            try Data("x".utf8).write(to: folder.appendingPathComponent("sv/.a.md.swp"))
            try Data("x".utf8).write(to: folder.appendingPathComponent("sv/a.md~"))
            #expect(SourceSnapshot(folders: [folder]) == first)
            try Data("ab".utf8).write(to: file)
            #expect(SourceSnapshot(folders: [folder]) != first)
            try Data("b".utf8).write(to: folder.appendingPathComponent("b.csv"))
            #expect(SourceSnapshot(folders: [folder]).files.count == 2)
            #expect(SourceSnapshot(folders: [folder.appendingPathComponent("missing")]).files.isEmpty)
        }
    }
}
