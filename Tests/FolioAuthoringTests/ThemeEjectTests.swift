import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioAuthoring
@testable import FolioSite

/// `folio eject`: copies of the built-in theme build the same site and are reported current.
@Suite struct ThemeEjectTests {
    func check(_ site: FixtureSite) async -> CheckReport {
        await SiteChecker(options: BuildOptions(sourceRoot: site.root, output: site.output)).check()
    }

    @Test func aCopyWithTheHeaderBuildsTheSameAndIsCurrent() async throws {
        let bare = try FixtureSite(templates: false)
        let ejected = try FixtureSite(templates: false)
        defer {
            bare.remove()
            ejected.remove()
        }
        let written = try ThemeEject.copy(
            ["base.mustache", "css/base.css", "strings/ro.yml", "favicon.svg"], into: ejected.root, force: false)
        #expect(
            written == [
                "templates/base.mustache", "templates/css/base.css", "templates/strings/ro.yml",
                "templates/favicon.svg",
            ])
        try await bare.build()
        try await ejected.build()
        #expect(try bare.snapshot() == ejected.snapshot())
        let report = await check(ejected)
        #expect(report.overrides.count == 4)
        #expect(report.overrides.allSatisfy { $0.status == .current })
        #expect(!report.diagnostics.contains { $0.location.path.hasPrefix("templates/") })
        // A second eject does not replace the copy.
        #expect(
            diagnostics { try ThemeEject.copy(["base.mustache"], into: ejected.root, force: false) }.map(\.message)
                == ["already exists; folio eject does not replace your copy"])
    }
}
