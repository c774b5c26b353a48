import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Data tables on paper (issue 34): the print edition (and `folio pdf PAGE…`) prints every chart's
/// numbers open, with no "Visa data" toggle, and leaves the CSV download links out; charts stay SVG.
@Suite struct PaperMarkupTests {
    @Test func opensDataTablesAndDropsDownloadLinksOnly() {
        let figure =
            "<figure class=\"chart\"><svg class=\"chart-svg\"><title>T</title></svg>"
            + "<details class=\"chart-data\"><summary>Visa data</summary><div class=\"table-scroll\"><table><tr><td>1</td></tr></table></div></details>"
            + "<p class=\"data-download\"><a href=\"chart-1.csv\" download=\"\">Ladda ned data (CSV)</a></p></figure>"
        let other = "<details><summary>Mer</summary><p>Text</p></details><p class=\"lede\">Kvar</p>"
        let paper = PaperMarkup.forPaper(figure + other + figure)
        #expect(
            paper
                == ("<figure class=\"chart\"><svg class=\"chart-svg\"><title>T</title></svg>"
                    + "<div class=\"chart-data\"><div class=\"table-scroll\"><table><tr><td>1</td></tr></table></div></div></figure>")
                + other
                + ("<figure class=\"chart\"><svg class=\"chart-svg\"><title>T</title></svg>"
                    + "<div class=\"chart-data\"><div class=\"table-scroll\"><table><tr><td>1</td></tr></table></div></div></figure>")
        )
        #expect(PaperMarkup.forPaper(other) == other, "an author's own details stay as written")
    }

    @Test func aPageForPaperResolvesFromItsOwnFolder() {
        let html = "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>T</title>"
        let paper = PaperMarkup.page(html, base: "file:///tmp/a&b/sv/lag/")
        #expect(paper.contains("<meta charset=\"utf-8\">\n<base href=\"file:///tmp/a&amp;b/sv/lag/\">\n<title>"))
    }

    @Test func thePrintEditionPrintsDataTablesOpenWithoutDownloadLinks() async throws {
        try await withFixtureSite("data-pages-site") { site in
            try await site.build()
            let page = try site.read("sv/lag/goteborg/index.html")
            #expect(page.contains("<details class=\"chart-data\">") && page.contains("class=\"data-download\""))
            let edition = try site.read("sv/utskrift/index.html")
            #expect(!edition.contains("<details class=\"chart-data\">"), "no toggle left on paper")
            #expect(!edition.contains("data-download") && !edition.contains(".csv\""), "no download links")
            #expect(!edition.contains("<summary>Visa data</summary>"))
            #expect(edition.contains("<div class=\"chart-data\"><div class=\"table-scroll\""))
            #expect(edition.contains("class=\"chart-svg\""), "charts stay vectors")
        }
    }
}
