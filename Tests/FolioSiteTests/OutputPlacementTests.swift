import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// `OutputPlacement`: an output folder inside `content/` or `templates/` is refused before anything is
/// written (`folio build --output content/out` built once, then every build failed).
@Suite struct OutputPlacementTests {
    @Test func outputInsideContentIsRefusedWithALocatedHintedErrorAndNothingWritten() async throws {
        try await withFixtureSite { site in
            let output = site.root.appendingPathComponent("content/out")
            let found = await diagnostics {
                try await SiteBuilder(options: BuildOptions(sourceRoot: site.root, output: output)).build()
            }
            #expect(found.count == 1)
            #expect(found.first?.location.path == "content/out")
            #expect(found.first?.message.contains("inside content/") == true, "\(found)")
            #expect(found.first?.hint?.contains("--output site") == true)
            let contentEntries = try FileManager.default.contentsOfDirectory(
                atPath: site.root.appendingPathComponent("content").path)
            #expect(!contentEntries.contains { $0 == "out" || $0.hasPrefix(".out.") }, "nothing written")
            // The site still builds where it belongs.
            #expect(await site.problems().isEmpty)
        }
    }

    @Test func theSourceFoldersThemselvesAndTemplatesAreRefusedToo() throws {
        let root = URL(fileURLWithPath: "/nonexistent/folio-placement")
        for (output, location) in [
            ("content", "content"), ("templates", "templates"), ("templates/a/b", "templates/a/b"),
            ("content/sv/../out", "content/out"),
        ] {
            let found = diagnostic {
                try OutputPlacement.check(output: root.appendingPathComponent(output), sourceRoot: root)
            }
            #expect(found?.location.path == location, "\(output)")
        }
        for output in ["site", "contents", "../content", "templates-out", "public/content"] {
            #expect(
                diagnostic { try OutputPlacement.check(output: root.appendingPathComponent(output), sourceRoot: root) }
                    == nil, "\(output)")
        }
    }

    @Test func anotherSpellingThroughASymbolicLinkIsCaught() throws {
        try withTemporaryFolder { folder in
            try folder.write("project/content/site.yml", "")
            try FileManager.default.createSymbolicLink(
                at: folder.appendingPathComponent("link"),
                withDestinationURL: folder.appendingPathComponent("project/content"))
            let found = diagnostic {
                try OutputPlacement.check(
                    output: folder.appendingPathComponent("link/out"),
                    sourceRoot: folder.appendingPathComponent("project"))
            }
            #expect(found?.location.path == "content/out")
        }
    }
}
