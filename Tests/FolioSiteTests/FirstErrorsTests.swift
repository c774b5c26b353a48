import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// The errors a new user meets first: each is one diagnostic with the path, the line where there is
/// one, and what to do.
@Suite struct FirstErrorsTests {
    @Test func aFolderWithoutContent() async throws {
        try await withTemporaryFolder("empty") { folder in
            let found = await diagnostics {
                try await SiteBuilder(
                    options: BuildOptions(sourceRoot: folder.url, output: folder.url.appendingPathComponent("site"))
                ).build()
            }
            #expect(found.count == 1)
            #expect(found.first?.location.path == "content/")
            #expect(found.first?.message.hasPrefix("no content/ folder in ") == true)
            #expect(found.first?.hint?.contains("folio init DIR") == true)
        }
    }

    @Test func aLanguageWhoseFolderIsMissing() async throws {
        try await withFixtureSite(templates: false) { site in
            try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/ro"))
            let found = await site.problems()
            #expect(
                found.map(\.description) == [
                    "content/site.yml:8:3: error: language 'ro' is configured but content/ro/ does not exist\n  help: create content/ro/_index.md (the home page, with a `title`), or remove 'ro' from `languages:`"
                ])
        }
    }

    @Test func aTypoInATopLevelKey() async throws {
        try await withFixtureSite(templates: false) { site in
            let text = try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
            try site.write(
                "content/site.yml", text.replacingOccurrences(of: "defaultLanguage:", with: "defaultLanguge:"))
            let found = await site.problems()
            #expect(found.count == 1)
            #expect(
                found.first?.description.hasPrefix("content/site.yml:1:1: error: unknown site.yml key 'defaultLanguge'")
                    == true)
            #expect(found.first?.hint?.hasPrefix("did you mean 'defaultLanguage'?") == true)
        }
    }

    @Test func aChartNamingAMissingDataFile() async throws {
        try await withFixtureSite(templates: false) { site in
            try site.write(
                "content/sv/diagram.md",
                "---\ntitle: Diagram\n---\n\n```chart\ntype: bar\ndata: volymer.csv\nx: a\ny: b\n```\n")
            let found = await site.problems()
            #expect(found.count == 1)
            #expect(found.first?.location.path == "content/sv/diagram.md")
            #expect(found.first?.location.line == 7)
            #expect(found.first?.message == "chart: data file 'content/data/volymer.csv' does not exist")
            #expect(found.first?.hint?.contains("volumes.csv") == true)
        }
    }
}
