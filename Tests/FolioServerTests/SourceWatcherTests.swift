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
}
