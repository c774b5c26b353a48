import Foundation
import Testing

@testable import FolioServer

/// `SiteRebuild`: what `folio serve` passes on to each build.
@Suite struct SiteRebuildTests {
    let root = URL(fileURLWithPath: "/nonexistent/folio-site-rebuild")

    /// `FOLIO_REUSE=0` reaches the build session, which then renders everything on every save.
    @Test func reuseSwitchReachesTheBuildSession() async {
        let off = SiteRebuild(
            options: ServeOptions(sourceRoot: root, output: root.appendingPathComponent("site"), reuse: false),
            state: PreviewState(), console: .silent)
        #expect(await off.session.options.reuse == false)
        let on = SiteRebuild(
            options: ServeOptions(sourceRoot: root, output: root.appendingPathComponent("site")),
            state: PreviewState(), console: .silent)
        #expect(await on.session.options.reuse == true)
    }
}
