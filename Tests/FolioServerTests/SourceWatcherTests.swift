import FolioTestSupport
import Foundation
import Testing

@testable import FolioServer

/// `SourceWatcher`: the paths it hands the build.
@Suite struct SourceWatcherTests {
    @Test func pathsAreNamedRelativeToTheSitesFolder() {
        let root = URL(fileURLWithPath: "/nonexistent/folio-watcher")
        let options = ServeOptions(sourceRoot: root, output: root.appendingPathComponent("site"))
        let watcher = SourceWatcher(
            options: options, rebuild: SiteRebuild(options: options, state: PreviewState(), console: .silent))
        let changed = watcher.relative([
            root.path + "/content/sv/a.md", root.path + "/templates/page.mustache", root.path + "/site/sv/index.html",
        ])
        #expect(changed == ["content/sv/a.md", "templates/page.mustache"], "the output folder is not a source")
    }

    /// A save made after the server took its snapshot, before the watcher ran (while the first build
    /// ran, which takes minutes at 100,002 pages), is built as soon as the watcher starts: no event
    /// named it, and the watcher's own first snapshot would already have held it.
    @Test func aSaveDuringTheFirstBuildIsBuilt() async throws {
        try await withFixtureSite { site in
            let output = site.root.appendingPathComponent("out")
            let options = ServeOptions(sourceRoot: site.root, output: output)
            let before = Timed { SourceSnapshot(folders: SourceWatcher.folders(of: options)) }
            let rebuild = SiteRebuild(options: options, state: PreviewState(), console: .silent)
            #expect(await rebuild.run())
            let source = site.root.appendingPathComponent("content/sv/kanaler.md")
            try site.write(
                "content/sv/kanaler.md", try String(contentsOf: source, encoding: .utf8) + "\nSparad under bygget.\n")
            let watcher = SourceWatcher(options: options, rebuild: rebuild, before: before)
            // High priority: with every suite running beside it on the two-thread cooperative pool, a
            // default-priority watcher once waited behind them past the wait below (load ~8).
            let watching = Task(priority: .high) { try await watcher.run() }
            defer { watching.cancel() }
            let page = output.appendingPathComponent("sv/kanaler/index.html")
            // A debug build beside every other suite can take a while.
            #expect(
                await eventually(timeout: .seconds(180)) {
                    (try? String(contentsOf: page, encoding: .utf8))?.contains("Sparad under bygget.") == true
                })
        }
    }

    #if canImport(Glibc)
        /// The quiet period, without timing: saves made before the watcher reads the events (all within
        /// any quiet period) come out as one batch, so they give one rebuild, naming every file saved.
        @Test func aBurstOfSavesIsOneBatch() throws {
            try withTemporaryFolder("burst") { folder in
                try folder.write("content/sv/a.md", "a")
                try folder.write("content/sv/b.md", "b")
                let content = folder.appendingPathComponent("content")
                let events = try FileEvents(folders: [content])
                for index in 0..<5 { try folder.write("content/sv/a.md", "a, version \(index)") }
                try folder.write("content/sv/b.md", "b, saved")
                let pending = PendingChanges()
                #expect(events.wait(timeout: .seconds(30)), "the saves' events are already queued")
                SourceWatcher.collectBurst(from: events, quietPeriod: .milliseconds(300), into: pending)
                #expect(pending.take() == .paths([content.path + "/sv/a.md", content.path + "/sv/b.md"]))
                #expect(pending.take() == .nothing, "one batch, taken once")
            }
        }
    #endif
}
