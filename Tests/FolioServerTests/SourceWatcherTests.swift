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
