import Foundation
import Testing

@testable import FolioSite

/// `ListingMarkup` keeps a listing's entries between builds and reuses one only where the listing
/// shows the same page (folder, title, description) at its place with the same link style.
@Suite struct ListingMarkupTests {
    static func page(_ name: String, title: String, description: String? = nil) -> Page {
        var matter = FrontMatter(title: title, draft: false)
        matter.description = description
        return Page(
            sourcePath: "content/sv/lag/[team].md", language: "sv", contentPath: "lag/\(name)", frontMatter: matter,
            body: "", bodyFirstLine: 1, outputPath: ["sv", "lag", name])
    }

    static func fresh(_ pages: [Page], linkStyle: LinkStyle = .folderLinks) -> [ListingMarkup.Entry] {
        pages.map { ListingMarkup.Entry($0, in: ["sv", "lag"], linkStyle: linkStyle) }
    }

    @Test func keptEntriesAreWhatFreshOnesAre() {
        let listings = ListingMarkup()
        var pages = (0..<5).map { Self.page("lag-\($0)", title: "Lag \($0) <&>", description: "Nöjdhet \($0)") }
        #expect(listings.entries(of: pages, at: ["sv", "lag"], linkStyle: .folderLinks) == Self.fresh(pages))
        pages[2] = Self.page("lag-2", title: "Lag 2 omdöpt")
        pages[4] = Self.page("lag-4", title: "Lag 4", description: "Ny")
        let edited = listings.entries(of: pages, at: ["sv", "lag"], linkStyle: .folderLinks)
        #expect(edited == Self.fresh(pages))
        #expect(edited[2].markup.contains("Lag 2 omdöpt") && !edited[2].markup.contains("page-listing__description"))
        pages.remove(at: 1)
        #expect(listings.entries(of: pages, at: ["sv", "lag"], linkStyle: .folderLinks) == Self.fresh(pages))
        pages.insert(Self.page("lag-9", title: "Lag 9"), at: 0)
        #expect(listings.entries(of: pages, at: ["sv", "lag"], linkStyle: .folderLinks) == Self.fresh(pages))
        let files = listings.entries(of: pages, at: ["sv", "lag"], linkStyle: .fileLinks)
        #expect(files == Self.fresh(pages, linkStyle: .fileLinks) && files != Self.fresh(pages))
    }
}
