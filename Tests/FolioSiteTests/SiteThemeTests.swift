import FolioDiagnostics
import FolioTestSupport
import FolioTheme
import Foundation
import Testing

@testable import FolioSite

/// The built-in theme with a site's per-file overrides: one partial, one string, a stylesheet, a
/// language Folio does not ship, and the `folio-theme:` header `folio check` reads.
@Suite struct SiteThemeTests {
    func check(_ site: FixtureSite) async -> CheckReport {
        await SiteChecker(options: BuildOptions(sourceRoot: site.root, output: site.output)).check()
    }

    @Test func aSiteWithOnlyContentBuildsAsWithTheRepositoryTemplates() async throws {
        let bare = try FixtureSite(templates: false)
        let full = try FixtureSite()
        defer {
            bare.remove()
            full.remove()
        }
        try await bare.build()
        try await full.build()
        #expect(!FileManager.default.fileExists(atPath: bare.root.appendingPathComponent("templates").path))
        #expect(try bare.snapshot() == full.snapshot())
    }

    @Test func overridesOnePartialAndOneString() async throws {
        try await withFixtureSite(templates: false) { site in
            try site.write("templates/footer.mustache", "<footer class=\"own\">{{strings.footerNote}}</footer>\n")
            try site.write("templates/strings/sv.yml", "footerNote: Vår egen fotnot.\n")
            try await site.build()
            let swedish = try site.read("sv/index.html")
            #expect(swedish.contains("<footer class=\"own\">Vår egen fotnot.</footer>"))
            // Every other Swedish key still comes from the built-in table; Romanian is untouched.
            #expect(swedish.contains(">Innehåll<") || swedish.contains("Hoppa till innehållet"))
            let romanian = try site.read("ro/index.html")
            #expect(romanian.contains("<footer class=\"own\">"))
            #expect(!romanian.contains("Vår egen fotnot."))
            let report = await check(site)
            #expect(report.overrides.map(\.path) == ["footer.mustache", "strings/sv.yml"])
            #expect(report.overrides.allSatisfy { $0.status == .unrecorded })
        }
    }

    @Test func warnsWhenTheBuiltInFileChangedSinceTheCopy() async throws {
        try await withFixtureSite(templates: false) { site in
            let original = BuiltInTheme.files["footer.mustache"] ?? ""
            try site.write("templates/footer.mustache", "{{! folio-theme: 0123abcd }}\n" + original)
            let report = await check(site)
            #expect(report.overrides.first?.status == .outdated)
            let warning = report.diagnostics.first { $0.location.path == "templates/footer.mustache" }
            #expect(warning?.severity == .warning)
            #expect(warning?.location.line == 1)
            #expect(
                warning?.message.contains("folio-theme: 0123abcd here, \(ThemeHeader.hash(of: original)) now") == true)
            #expect(report.errorCount == 0)
        }
    }

    @Test func headerLineKeepsTemplateErrorLines() async throws {
        try await withFixtureSite(templates: false) { site in
            let broken = "<footer>\n{{#strings}}\n</footer>\n"
            try site.write("templates/footer.mustache", broken)
            let plain = await site.problems().first?.location.line
            try site.write("templates/footer.mustache", "{{! folio-theme: 0123abcd }}\n" + broken)
            let headed = await site.problems().first?.location.line
            #expect(plain != nil)
            #expect(headed == plain.map { $0 + 1 })
        }
    }

    @Test func addsALanguageFolioDoesNotShip() async throws {
        try await withFixtureSite(templates: false) { site in
            try site.write(
                "content/site.yml",
                try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
                    + "  fi:\n    name: Suomi\n    locale: fi_FI\n    title: Testikäsikirja\n")
            try site.write("content/fi/_index.md", "---\ntitle: Etusivu\n---\nTervetuloa.\n")
            let missing = await site.problems()
            #expect(
                missing.map(\.message).contains {
                    $0.hasPrefix("no interface strings for language 'fi': Folio ships ro, sv")
                })

            // A copy of the Swedish table, with one key left out: the build names the key and the language.
            var finnish = (BuiltInTheme.files["strings/sv.yml"] ?? "").split(
                separator: "\n", omittingEmptySubsequences: false)
            finnish.removeAll { $0.hasPrefix("contents:") }
            try site.write("templates/strings/fi.yml", finnish.joined(separator: "\n"))
            let found = await site.problems()
            #expect(
                found.map(\.description) == [
                    "templates/strings/fi.yml: error: interface string 'contents' is missing for language 'fi'\n  help: add `contents: …` to templates/strings/fi.yml"
                ])
            try site.write("templates/strings/fi.yml", finnish.joined(separator: "\n") + "\ncontents: Sisältö\n")
            try await site.build()
            #expect(try site.read("fi/index.html").contains("lang=\"fi\""))
        }
    }

    @Test func resolvesSiteFilesOverBuiltInOnes() throws {
        let theme = try SiteTheme.load(
            siteFiles: ["css/zz.css": "p {}\n", "a.mustache": "mine"],
            builtIn: ["a.mustache": "theirs", "css/base.css": "body {}\n", "strings/sv.yml": "k: v\n"])
        #expect(theme.files(in: "css", suffix: ".css").map(\.path) == ["css/base.css", "css/zz.css"])
        #expect(theme.files["a.mustache"]?.text == "mine")
        #expect(theme.shippedLanguages == ["sv"])
        #expect(theme.overrides.map(\.status) == [.unrecorded, .added])
    }
}
