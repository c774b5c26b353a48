import FolioTestSupport
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

    static func fresh(_ pages: [Page], linkStyle: LinkStyle = .folderLinks) -> String {
        pages.map { ListingMarkup.Entry($0, in: ["sv", "lag"], linkStyle: linkStyle).markup }.joined()
    }

    @Test func keptEntriesAreWhatFreshOnesAre() {
        let listings = ListingMarkup()
        var pages = (0..<5).map { Self.page("lag-\($0)", title: "Lag \($0) <&>", description: "Nöjdhet \($0)") }
        #expect(listings.markup(of: pages, at: ["sv", "lag"], linkStyle: .folderLinks) == Self.fresh(pages))
        pages[2] = Self.page("lag-2", title: "Lag 2 omdöpt")
        pages[4] = Self.page("lag-4", title: "Lag 4", description: "Ny")
        let edited = listings.markup(of: pages, at: ["sv", "lag"], linkStyle: .folderLinks)
        #expect(edited == Self.fresh(pages))
        #expect(edited.contains("Lag 2 omdöpt</a></li>"))
        #expect(edited.contains("Lag 4</a><p class=\"page-listing__description\">Ny"))
        pages.remove(at: 1)
        #expect(listings.markup(of: pages, at: ["sv", "lag"], linkStyle: .folderLinks) == Self.fresh(pages))
        pages.insert(Self.page("lag-9", title: "Lag 9"), at: 0)
        #expect(listings.markup(of: pages, at: ["sv", "lag"], linkStyle: .folderLinks) == Self.fresh(pages))
        #expect(listings.markup(of: pages, at: ["sv", "lag"], linkStyle: .folderLinks) == Self.fresh(pages))
        #expect(listings.markup(of: [], at: ["sv", "lag"], linkStyle: .folderLinks) == "")
        #expect(listings.markup(of: pages, at: ["sv", "lag"], linkStyle: .folderLinks) == Self.fresh(pages))
        let files = listings.markup(of: pages, at: ["sv", "lag"], linkStyle: .fileLinks)
        #expect(files == Self.fresh(pages, linkStyle: .fileLinks) && files != Self.fresh(pages))
    }

    /// Long listings edited a few entries at a time put the new entries' markup in place of the old
    /// (`splice`), more at a time or with pages come and gone join them again: either way the markup
    /// is what a fresh listing's is. Random edits; the seed is printed, `FOLIO_LISTING_SEED` replays one.
    @Test func splicedListingsAreWhatFreshOnesAre() {
        let seed = SeededRandom.seed("ListingMarkupTests", variable: "FOLIO_LISTING_SEED")
        var random = SeededRandom(seed: seed)
        let titles = ["Lag", "Laget <&>", "Ö", "Timișoara \u{202E}x", ""]
        func page(_ number: Int) -> Page {
            let title = titles[Int.random(in: 0..<titles.count, using: &random)] + " \(number)"
            let description = Bool.random(using: &random) ? "Nöjdhet \(Int.random(in: 0..<1000, using: &random))" : nil
            return Self.page("lag-\(number)", title: title, description: description)
        }
        let listings = ListingMarkup()
        var pages = (0..<40).map { page($0) }
        #expect(listings.markup(of: pages, at: ["sv", "lag"], linkStyle: .folderLinks) == Self.fresh(pages))
        for round in 0..<200 {
            switch Int.random(in: 0..<10, using: &random) {
            case 0 where pages.count > 20: pages.remove(at: Int.random(in: 0..<pages.count, using: &random))
            case 1: pages.insert(page(1000 + round), at: Int.random(in: 0...pages.count, using: &random))
            case 2: for index in pages.indices where Bool.random(using: &random) { pages[index] = page(index) }
            case 3: break
            default:
                for _ in 0..<Int.random(in: 1...3, using: &random) {
                    let index = Int.random(in: 0..<pages.count, using: &random)
                    pages[index] = page(index)
                }
            }
            let markup = listings.markup(of: pages, at: ["sv", "lag"], linkStyle: .folderLinks)
            #expect(markup == Self.fresh(pages), "round \(round) (seed \(seed))")
        }
    }
}
