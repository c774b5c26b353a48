import FolioDiagnostics
import FolioSite
import FolioTestSupport
import Foundation
import Testing

@testable import FolioPrint

/// `folio pdf PAGE…` and `--each FOLDER` on the `data-pages-site` fixture (issue 29): what the
/// command line's addresses choose in the built site, and the located, hinted errors when they
/// choose nothing. Printing itself needs Chromium: scripts/check_pdf.py covers it.
@Suite struct PageSelectionTests {
    /// The fixture built as `folio pdf` builds it, keeping the rendered site.
    static func built(_ site: FixtureSite) async throws -> RenderedSite {
        try await SiteBuilder(options: BuildOptions(sourceRoot: site.root, output: site.output))
            .buildKeepingSite().site
    }

    @Test func namedPagesInAnySpellingPrintOnceEachBesideThemselves() async throws {
        try await withFixtureSite("data-pages-site") { site in
            let template = "content/sv/lag/[team].md"
            let text = try String(contentsOf: site.root.appendingPathComponent(template), encoding: .utf8)
            try site.write(template, "---\ndate: 2026-03-01\n" + text.dropFirst(4))
            let rendered = try await Self.built(site)
            let selection = try PageSelection(
                pages: ["sv/lag/goteborg/", "/sv/lag/goteborg/index.html", "sv/lag/goteborg", "ro/echipe/malmo/"])
            let prints = try selection.prints(in: rendered)
            #expect(prints.map(\.page) == ["sv/lag/goteborg/index.html", "ro/echipe/malmo/index.html"])
            #expect(prints.map(\.pdf) == ["sv/lag/goteborg/goteborg.pdf", "ro/echipe/malmo/malmo.pdf"])
            #expect(prints.map(\.language) == ["sv", "ro"])
            // Dates from the content, for reproducible PDFs: the page's own, else its language's newest.
            #expect(prints.first?.date == "2026-03-01")
            #expect(prints.last?.date == rendered.printEditions.first { $0.language == "ro" }?.date)
        }
    }

    @Test func eachPrintsEveryPageGeneratedInTheFolderInListingOrder() async throws {
        try await withFixtureSite("data-pages-site") { site in
            let rendered = try await Self.built(site)
            let prints = try PageSelection(folders: ["sv/lag/"]).prints(in: rendered)
            #expect(
                prints.map(\.pdf) == [
                    "sv/lag/goteborg/goteborg.pdf", "sv/lag/timisoara/timisoara.pdf", "sv/lag/malmo/malmo.pdf",
                ])
            // A page also named on its own prints once; another folder's pages follow.
            let both = try PageSelection(pages: ["sv/lag/malmo/"], folders: ["/sv/lag", "sv/marknad/"])
                .prints(in: rendered)
            #expect(both.map(\.page).first == "sv/lag/malmo/index.html")
            #expect(both.count == 3 + 2)
        }
    }

    @Test func anUnknownRowIsLocatedAtItsTemplateWithTheNearestPage() async throws {
        try await withFixtureSite("data-pages-site") { site in
            let rendered = try await Self.built(site)
            let found = diagnostics { try PageSelection(pages: ["sv/lag/goteborj/"]).prints(in: rendered) }
            #expect(found.count == 1)
            #expect(found.first?.location.path == "content/sv/lag/[team].md")
            #expect(found.first?.location.line != nil, "at the template, line 1")
            #expect(found.first?.message.contains("'sv/lag/goteborj/'") == true)
            #expect(found.first?.hint?.contains("did you mean 'sv/lag/goteborg/'") == true)
        }
    }

    @Test func unknownPagesAndFoldersAreReportedTogetherAtTheCommandLine() async throws {
        try await withFixtureSite("data-pages-site") { site in
            let rendered = try await Self.built(site)
            let found = diagnostics {
                try PageSelection(pages: ["sv/ingenstans/"], folders: ["sv/", "sv/lagg/"]).prints(in: rendered)
            }
            #expect(found.count == 3)
            #expect(found.allSatisfy { $0.location.path == "folio pdf" && $0.hint != nil })
            let messages = found.map(\.message).joined(separator: "\n")
            #expect(messages.contains("no page 'sv/ingenstans/' in the site"))
            #expect(messages.contains("--each sv/: the folder holds no pages generated from data"))
            #expect(messages.contains("--each sv/lagg/: no folder 'sv/lagg/' in the site"))
            #expect(found.contains { $0.hint?.contains("did you mean 'sv/lag/'") == true })
            #expect(found.contains { $0.hint?.contains("folders with pages from data: ") == true })
        }
    }

    @Test func addressesOutsideTheSiteAreRefusedBeforeAnythingIsBuilt() {
        let found = diagnostics { try PageSelection(pages: ["../hemligt/", ""], folders: ["/", "sv/../.."]) }
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.location.path == "folio pdf" && $0.hint != nil })
        #expect(found.filter { $0.message.contains("leaves the site") }.count == 2)
        #expect(found.filter { $0.message.contains("names no page") }.count == 2)
        #expect(diagnostics { try PageSelection(pages: ["sv/"], folders: ["sv/lag/"]) }.isEmpty)
    }
}
