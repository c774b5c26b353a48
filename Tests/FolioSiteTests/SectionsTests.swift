import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Sections end to end on the `sections-site` fixture: folders inside a language are sections,
/// `_index.md` is a section's page, `weight` orders pages and sections, and the sidebar lists the
/// sections and the current section's pages only.
@Suite struct SectionsTests {
    /// The navigation of a built page: one copy, after the page (a sidebar on wide screens; the
    /// menu link at the top leads to it on narrow ones).
    static func sidebar(_ html: String) -> String {
        guard let start = html.range(of: "<div class=\"site-sidebar\" id=\"site-nav\">"),
            let end = html.range(of: "</nav>\n</div>", range: start.upperBound..<html.endIndex)
        else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test func sidebarListsSectionsAndOpensTheCurrentOne() async throws {
        let site = try FixtureSite("sections-site")
        defer { site.remove() }
        try await site.build()
        let nav = Self.sidebar(try site.read("sv/guide/kanaler/index.html"))
        #expect(nav.contains("<li><a href=\"../../om/index.html\">Om handboken</a></li>"))
        #expect(nav.contains("<li class=\"site-nav__section\"><details open><summary>Guide</summary>"))
        #expect(nav.contains("<li><a href=\"../index.html\">Guide</a></li>"), "the section's own page")
        #expect(nav.contains("<a href=\"index.html\" aria-current=\"page\">Kanaler</a>"))
        #expect(nav.contains("<a href=\"../koer/index.html\">Köer</a>"))
        #expect(
            nav.contains("<li class=\"site-nav__section\"><a href=\"../../analys/index.html\">Analys</a></li>"),
            "a folded section is a link to its page")
        #expect(!nav.contains("Mätning"), "a folded section lists no pages")
        // Weight orders pages and sections alike: Om (1), Guide (2), Analys (3).
        let order = ["Om handboken", "Guide", "Analys"].compactMap { nav.range(of: $0)?.lowerBound }
        #expect(order == order.sorted() && order.count == 3)
    }

    @Test func homeOpensNoSectionAndSectionPageListsItsPages() async throws {
        let site = try FixtureSite("sections-site")
        defer { site.remove() }
        try await site.build()
        let home = Self.sidebar(try site.read("sv/index.html"))
        #expect(!home.contains("<details open>"))
        let section = try site.read("sv/guide/index.html")
        #expect(Self.sidebar(section).contains("<a href=\"index.html\" aria-current=\"page\">Guide</a>"))
        #expect(section.contains("<h2 id=\"chapters-title\">Kapitel</h2>"))
        #expect(section.contains("<li><a href=\"kanaler/index.html\">Kanaler</a>"))
        // Reading order goes section by section: Om, Guide, Kanaler, Köer, Analys, Mätning.
        let kanaler = try site.read("sv/guide/kanaler/index.html")
        #expect(kanaler.contains("href=\"../index.html\" rel=\"prev\""))
        #expect(kanaler.contains("href=\"../koer/index.html\" rel=\"next\""))
        let koer = try site.read("sv/guide/koer/index.html")
        #expect(koer.contains("href=\"../../analys/index.html\" rel=\"next\""))
    }

    /// A page's HTML does not grow with the site: pages added to another section leave it as it was.
    @Test func pageDoesNotGrowWithOtherSections() async throws {
        let site = try FixtureSite("sections-site")
        defer { site.remove() }
        try await site.build()
        let before = try site.read("sv/guide/kanaler/index.html")
        for number in 1...40 {
            try site.write(
                "content/sv/analys/sida-\(number).md", "---\ntitle: Sida \(number)\nweight: \(number + 1)\n---\nText.\n"
            )
        }
        for number in 1...10 {
            try site.write(
                "content/sv/del-\(number)/_index.md", "---\ntitle: Del \(number)\nweight: \(number + 10)\n---\nText.\n")
        }
        try await site.build()
        let after = try site.read("sv/guide/kanaler/index.html")
        #expect(
            after.utf8.count < before.utf8.count + 10 * 150, "only the ten new sections' lines are added, once each")
        #expect(!after.contains("Sida 1"))
        #expect(try site.read("sv/analys/sida-1/index.html").contains("aria-current=\"page\">Sida 1</a>"))
    }

    @Test func sectionsGroupPagesByTheirFirstFolder() throws {
        func page(_ path: String, weight: Int? = nil) -> Page {
            Page(
                sourcePath: "content/sv/\(path).md", language: "sv", contentPath: path,
                frontMatter: FrontMatter(title: path, weight: weight, draft: false), body: "", bodyFirstLine: 1,
                outputPath: Page.outputPath(language: "sv", contentPath: path, slug: nil))
        }
        let sections = SiteSections(pages: [
            page("_index"), page("b", weight: 2), page("a"), page("g/_index", weight: 1), page("g/x", weight: 2),
            page("g/y", weight: 1), page("g/deep/z"), page("h/w"),
        ])
        #expect(sections.top["sv"]?.map(\.title) == ["g/_index", "b", "h"], "unweighted top pages stay out")
        #expect(sections.entries[["sv", "g"]]?.map(\.title) == ["g/y", "g/x"], "deeper pages are not listed")
        #expect(sections.ordered["sv"]?.map(\.contentPath) == ["g/_index", "g/y", "g/x", "g/deep/z", "b", "a", "h/w"])
        #expect(SiteSections.isSectionPage(page("g/_index")))
        #expect(!SiteSections.isSectionPage(page("b")))
    }
}
