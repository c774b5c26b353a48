import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Long sidebar lists are windowed (`SidebarWindow`): on the `sections-site` fixture grown in the
/// test to 63 top-level entries and a section of 60 pages, a page shows 15 lines around its own
/// and a link to the page listing them all, and every page stays reachable from the home.
@Suite struct SidebarWindowTests {
    /// The fixture with 60 more sections (`del-01` … `del-60`, after Om, Guide and Analys) and a
    /// section `lang` of 60 pages in Swedish, and 40 more sections in Romanian.
    static func grownSite() throws -> FixtureSite {
        let site = try FixtureSite("sections-site")
        for number in 1...60 {
            let name = String(format: "%02d", number)
            try site.write(
                "content/sv/del-\(name)/_index.md", "---\ntitle: Del \(name)\nweight: \(number + 10)\n---\nText.\n")
            try site.write(
                "content/sv/lang/sida-\(name).md", "---\ntitle: Sida \(name)\nweight: \(number)\n---\nText.\n")
        }
        try site.write("content/sv/lang/_index.md", "---\ntitle: Lång <del>\nweight: 100\n---\nAlla sidor.\n")
        for number in 1...40 {
            let name = String(format: "%02d", number)
            try site.write(
                "content/ro/parte-\(name)/_index.md", "---\ntitle: Parte \(name)\nweight: \(number)\n---\nText.\n")
        }
        return site
    }

    @Test func windowShowsShortListsWholeAndLongOnesAroundTheCurrentLine() {
        #expect(SidebarWindow(count: 30, current: 29) == SidebarWindow(count: 30, current: nil))
        #expect(SidebarWindow(count: 30, current: 29).shown == 0..<30)
        #expect(!SidebarWindow(count: 30, current: 29).isWindowed)
        #expect(SidebarWindow(count: 31, current: nil).shown == 0..<15)
        #expect(SidebarWindow(count: 31, current: nil).isWindowed)
        #expect(SidebarWindow(count: 60, current: 0).shown == 0..<15)
        #expect(SidebarWindow(count: 60, current: 30).shown == 23..<38)
        #expect(SidebarWindow(count: 60, current: 59).shown == 45..<60, "shifted to stay 15 long at the end")
    }

    @Test func longTopLevelShowsAWindowAroundTheCurrentSectionAndLinksTheHome() async throws {
        let site = try Self.grownSite()
        defer { site.remove() }
        try await site.build()
        // Top level: Om, Guide, Analys, Del 01 … Del 60, Lång: 64 entries; Del 30 is the 33rd.
        let nav = SectionsTests.sidebar(try site.read("sv/del-30/index.html"))
        #expect(nav.contains("<a href=\"index.html\" aria-current=\"page\">Del 30</a>"))
        for shown in 23...37 { #expect(nav.contains(">Del \(shown)</a>"), "Del \(shown) is in the window") }
        #expect(!nav.contains(">Del 22</a>") && !nav.contains(">Del 38</a>"), "only 15 lines around Del 30")
        #expect(!nav.contains(">Om handboken</a>"))
        #expect(nav.contains("<li class=\"site-nav__all\"><a href=\"../index.html\">Alla 64 kapitel</a></li>"))
        #expect(
            nav.components(separatedBy: "<li").count - 1 == 17,
            "15 lines, the open section's own page and the link to all of them")
        // The home shows the beginning and marks the link to itself, the full list, as current.
        let home = SectionsTests.sidebar(try site.read("sv/index.html"))
        #expect(home.contains(">Om handboken</a>") && home.contains(">Del 12</a>") && !home.contains(">Del 13</a>"))
        #expect(home.contains("<a href=\"index.html\" aria-current=\"page\">Alla 64 kapitel</a>"))
        // Romanian: its 40 sections, Ghid and 64 pages standing in for the Swedish ones, windowed.
        let romanian = SectionsTests.sidebar(try site.read("ro/parte-40/index.html"))
        #expect(romanian.contains("<a href=\"index.html\" aria-current=\"page\">Parte 40</a>"))
        #expect(
            romanian.contains("<li class=\"site-nav__all\"><a href=\"../index.html\">Toate capitolele (105)</a></li>"))
        #expect(romanian.components(separatedBy: "<li").count - 1 == 17)
    }

    @Test func longSectionShowsAWindowOfItsPagesAndLinksTheSectionPage() async throws {
        let site = try Self.grownSite()
        defer { site.remove() }
        try await site.build()
        let nav = SectionsTests.sidebar(try site.read("sv/lang/sida-30/index.html"))
        #expect(nav.contains("<details open><summary>Lång &lt;del&gt;</summary>"))
        #expect(nav.contains("<a href=\"index.html\" aria-current=\"page\">Sida 30</a>"))
        for shown in 23...37 { #expect(nav.contains(">Sida \(shown)</a>")) }
        #expect(!nav.contains(">Sida 22</a>") && !nav.contains(">Sida 38</a>"))
        #expect(
            nav.contains(
                "<li class=\"site-nav__all\"><a href=\"../index.html\">Alla 60 sidor i Lång &lt;del&gt;</a></li>"),
            "the link names the section, escaped")
        let first = SectionsTests.sidebar(try site.read("sv/lang/sida-01/index.html"))
        #expect(first.contains(">Sida 15</a>") && !first.contains(">Sida 16</a>"))
        // A section of few pages lists them all, with no link to all of them.
        let guide = SectionsTests.sidebar(try site.read("sv/guide/kanaler/index.html"))
        #expect(guide.components(separatedBy: "site-nav__all").count == 2, "only the top level's link")
    }

    /// Following only the sidebar and the pages' chapter lists from the home reaches every page:
    /// windowing hides no page.
    @Test func everyPageStaysReachableFromTheHome() async throws {
        let site = try Self.grownSite()
        defer { site.remove() }
        try await site.build()
        let pages = try FileManager.default.subpathsOfDirectory(atPath: site.output.appendingPathComponent("sv").path)
            .filter { $0.hasSuffix("index.html") && !$0.hasPrefix("utskrift") && !$0.hasPrefix("sok") }
            .map { "sv/" + $0 }
        var seen: Set<String> = ["sv/index.html"]
        var queue = ["sv/index.html"]
        while let path = queue.popLast() {
            let html = try site.read(path)
            let listed = SectionsTests.sidebar(html) + Self.chapterList(html)
            for target in Self.links(in: listed, from: path) where seen.insert(target).inserted {
                queue.append(target)
            }
        }
        #expect(pages.count == 128)
        #expect(Set(pages).subtracting(seen).sorted() == [])
        // The pages the "all" links lead to list every entry in full.
        #expect(Self.chapterList(try site.read("sv/index.html")).components(separatedBy: "<li>").count - 1 == 127)
        #expect(Self.chapterList(try site.read("sv/lang/index.html")).components(separatedBy: "<li>").count - 1 == 60)
    }

    /// The chapter list a home or a section page shows under its text.
    static func chapterList(_ html: String) -> String {
        guard let start = html.range(of: "<section class=\"chapter-list\""),
            let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)
        else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// The pages `html` (a page at `path`) links to, as paths in the output folder.
    static func links(in html: String, from path: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { rest in
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            var folder = path.split(separator: "/").dropLast().map(String.init)
            for part in rest[..<end].split(separator: "/") {
                if part == ".." { folder = folder.dropLast() } else if part != "." { folder.append(String(part)) }
            }
            return folder.joined(separator: "/")
        }
    }
}
