import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioAuthoring
@testable import FolioSite

/// `folio init` end to end: the new site builds with the built-in theme alone (no `templates/`)
/// and `folio check --strict` finds nothing.
@Suite struct SiteScaffoldTests {
    @Test func aNewSiteBuildsAndChecksClean() async throws {
        try await withTemporaryFolder("init") { folder in
            let root = folder.url.appendingPathComponent("x")
            let written = try ScaffoldFolder(url: root).write(SiteScaffold().files())
            #expect(written.contains("content/site.yml"))
            #expect(written.contains("README.md"))
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("templates").path))

            let options = BuildOptions(sourceRoot: root, output: root.appendingPathComponent("site"))
            try await SiteBuilder(options: options).build()
            let page = try String(
                contentsOf: root.appendingPathComponent("site/sv/kom-igang/index.html"), encoding: .utf8)
            #expect(page.contains("<svg"))
            #expect(page.contains("Kundnöjdhet per månad"))
            #expect(page.contains("80,2"))
            let romanian = try String(
                contentsOf: root.appendingPathComponent("site/ro/primii-pasi/index.html"), encoding: .utf8)
            #expect(romanian.contains("Satisfacția clienților pe lună"))
            for path in [
                "index.html", "sv/index.html", "ro/index.html", "sv/ordlista/index.html", "ro/glosar/index.html",
            ] {
                #expect(
                    FileManager.default.fileExists(atPath: root.appendingPathComponent("site/" + path).path), "\(path)")
            }

            let report = await SiteChecker(options: options, strict: true).check()
            #expect(report.diagnostics.map(\.description) == [])
            #expect(report.overrides.isEmpty)
            #expect(
                report.translations.allSatisfy {
                    $0.cells.values.allSatisfy { [.source, .current].contains($0.status) }
                })
        }
    }

    @Test func oneLanguageAndATitle() async throws {
        try await withTemporaryFolder("init") { folder in
            let files = try SiteScaffold(languages: ["ro"], title: "Raport: 2026 #1").files()
            #expect(files["content/sv/_index.md"] == nil)
            #expect(files["content/site.yml"]?.contains("title: \"Raport: 2026 #1\"") == true)
            _ = try ScaffoldFolder(url: folder.url).write(files)
            let options = BuildOptions(sourceRoot: folder.url, output: folder.url.appendingPathComponent("site"))
            try await SiteBuilder(options: options).build()
            let report = await SiteChecker(options: options, strict: true).check()
            #expect(report.diagnostics.map(\.description) == [])
            #expect(
                try String(contentsOf: folder.url.appendingPathComponent("site/ro/index.html"), encoding: .utf8)
                    .contains("Raport: 2026 #1"))
        }
    }

    @Test func romanianAsDefaultRecordsRevisionsInSwedish() async throws {
        let files = try SiteScaffold(languages: ["sv", "ro"], defaultLanguage: "ro").files()
        #expect(files["content/site.yml"]?.contains("defaultLanguage: ro") == true)
        #expect(files["content/sv/_index.md"]?.contains("sourceRevision:") == true)
        #expect(files["content/ro/_index.md"]?.contains("sourceRevision:") == false)
    }

    @Test func refusesALanguageWithoutStrings() {
        let found = diagnostics { try SiteScaffold(languages: ["sv", "fi"]).files() }
        #expect(found.count == 1)
        #expect(found.first?.message == "Folio has no interface strings for language 'fi'; it ships: ro, sv")
        #expect(found.first?.hint?.contains("templates/strings/fi.yml") == true)
        #expect(
            diagnostics { try SiteScaffold(languages: ["sv"], defaultLanguage: "ro").files() }.map(\.message)
                == ["--default 'ro' is not among --languages"])
    }

    @Test func refusesANonEmptyFolderAndWritesNothing() throws {
        try withTemporaryFolder("init") { folder in
            try folder.write("notes.txt", "mine")
            let files = try SiteScaffold().files()
            #expect(
                diagnostics { try ScaffoldFolder(url: folder.url).write(files) }.map(\.message)
                    == ["folder is not empty; folio init writes a new site only into an empty folder"])
            #expect(try folder.files(under: ".").count == 1)

            // --force: allowed while content/ is empty; an existing README is kept.
            try folder.write("README.md", "our readme")
            try FileManager.default.createDirectory(
                at: folder.url.appendingPathComponent("content"), withIntermediateDirectories: true)
            let written = try ScaffoldFolder(url: folder.url, force: true).write(files)
            #expect(!written.contains("README.md"))
            #expect(
                try String(contentsOf: folder.url.appendingPathComponent("README.md"), encoding: .utf8) == "our readme")
            #expect(
                diagnostics { try ScaffoldFolder(url: folder.url, force: true).write(files) }.first?.message.hasPrefix(
                    "content/ already holds") == true)
        }
    }
}
