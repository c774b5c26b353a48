import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Full-text search's files in a build: the script and each language's shards with `search: true`
/// (the default), none of it with `search: false`; the subject index stays either way.
@Suite struct FullTextSearchTests {
    @Test func buildWritesScriptAndShardsPerLanguage() async throws {
        let site = try FixtureSite("sections-site")
        defer { site.remove() }
        try await site.build()
        let page = try site.read("sv/guide/kanaler/index.html")
        #expect(page.contains("<script src=\"../../../\(SearchFiles.scriptName)\" defer></script>"))
        #expect(page.contains("<search class=\"site-search\" data-search-root=\"../../../\">"))
        #expect(site.exists(SearchFiles.scriptName))
        #expect(try site.read("_search/sv/m.js") == "folioSearch.manifest(\"sv\",{\"f\":1,\"p\":1,\"d\":[0]});\n")
        let forms = try site.read("_search/sv/f0.js")
        #expect(forms.hasPrefix("folioSearch.forms(\"sv\",0,{"))
        #expect(forms.contains("\"svarstiderna\":[\"svarstid\"]"), "the site's own word form with its stem")
        #expect(try site.read("_search/sv/p0.js").contains("\"svarstid\":\""), "postings in five-bit digits")
        let documents = try site.read("_search/ro/d0.js")
        #expect(documents.contains("[\"ro/ghid/canale/index.html\",\"Canale\",[[\"tinta\",\"Țintă\",\"Text.\"],"))
        #expect(!documents.contains("Svarstider"), "a fallback page belongs to its source language's index")
        let search = try site.read("sv/sok/index.html")
        #expect(search.contains("<ol id=\"search-results\" data-found=\"{count} träffar för ”{query}”.\""))
    }

    @Test func searchFalseWritesNoneOfIt() async throws {
        let site = try FixtureSite("sections-site")
        defer { site.remove() }
        let config = try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
        try site.write("content/site.yml", "search: false\n" + config)
        try await site.build()
        let page = try site.read("sv/guide/kanaler/index.html")
        #expect(!page.contains("<script"))
        #expect(page.contains("<search class=\"site-search\">"), "the form still leads to the subject index")
        #expect(!site.exists(SearchFiles.scriptName))
        #expect(!site.exists("_search/sv/m.js"))
        #expect(!(try site.read("sv/sok/index.html")).contains("search-results"))
        #expect(try site.read("sv/sok/index.html").contains("class=\"index-letter\">Å</h2>"))
    }
}

extension FullTextSearchTests {
    /// A text edit merges the full-text index again but leaves the subject index alone; a new
    /// heading reaches both; each warm build equals a cold one.
    @Test func textEditsReachTheIndexAndHeadingEditsTheSubjectIndex() async throws {
        let site = try await IncrementalBuildTests.Playbook(fixture: "sections-site")
        defer { site.site.remove() }
        let page = "content/sv/om.md"
        try site.edit(page) { $0 + "\nEtt nytt ord: kvastfenad.\n" }
        let text = try await site.rebuildMatchesColdBuild(changed: [page])
        // The page, its Romanian fallback and the Swedish print edition; not the search page.
        #expect(text.work.pagesRendered == 3, "\(text.work)")
        #expect(try site.warm("_search/sv/f0.js").contains("\"kvastfenad\""))
        try site.edit(page) { $0 + "\n## Kvastfeningar\n\nText.\n" }
        let heading = try await site.rebuildMatchesColdBuild(changed: [page])
        #expect(heading.work.pagesRendered == 4, "the same and the Swedish search page (\(heading.work))")
        #expect(try site.warm("sv/sok/index.html").contains("Kvastfeningar"))
    }
}
