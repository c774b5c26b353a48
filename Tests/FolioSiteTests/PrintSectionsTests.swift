import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// The print edition made with the sections kept from the last build (`PrintSections`) is the
/// edition made from scratch, under random edits of its chapters: a body rendered again (to the same
/// or other HTML, with other ids), a title or description changed, a chapter removed, added or
/// moved, links between chapters that find their target or not. The seed is printed; set
/// `FOLIO_PRINT_SECTIONS_SEED` to replay one.
@Suite struct PrintSectionsTests {
    static let folder = ["sv", "utskrift"]

    struct Edition {
        var random: SplitMix
        var chapters: [PrintEdition.Chapter] = []
        var counter = 0

        init(seed: UInt64) {
            random = SplitMix(seed: seed)
            for _ in 0..<8 { chapters.append(newChapter()) }
        }

        mutating func newChapter() -> PrintEdition.Chapter {
            counter += 1
            var matter = FrontMatter(title: "Kapitel \(counter) <&>", draft: false)
            matter.description = random.next(2) == 0 ? nil : "Om \(counter)"
            let page = Page(
                sourcePath: "content/sv/c\(counter).md", language: "sv", contentPath: "c\(counter)",
                frontMatter: matter, body: "", bodyFirstLine: 1, outputPath: ["sv", "c\(counter)"])
            return PrintEdition.Chapter(page: page, title: matter.title, body: newBody(), number: 0)
        }

        /// A body with a heading (its id drawn from few, so ids come and go), a link to another
        /// chapter (or one that is not), a chart's data toggle and a download link.
        mutating func newBody() -> ChapterBody {
            let id = ["mal", "svar", "tider"][random.next(3)]
            let target = "c\(1 + random.next(counter + 2))"
            let fragment = ["", "#mal", "#svar", "#saknas"][random.next(4)]
            let html = """
                <h2 id="\(id)">Rubrik \(id)</h2>
                <p>Se <a href="../\(target)/\(fragment)">där</a> och <a href="#\(id)">här</a>.</p>
                <figure id="chart-1"><details class="chart-data"><summary>Visa data</summary>\
                <table><tr><td>\(random.next(100))</td></tr></table></details></figure>
                <p class="data-download"><a href="data.csv">Ladda ned</a></p>

                """
            // FolioMarkdown's `RenderedMarkdown` and `Heading`, which this target does not import.
            return .cached(
                Shared(
                    CachedBody(
                        rendered: .init(
                            html: html, headings: [.init(level: 2, text: "Rubrik \(id)", id: id, line: 1)], links: []),
                        directives: [], metrics: [], dataRead: [])))
        }

        /// One random edit; its name.
        mutating func edit() -> String {
            let at = random.next(chapters.count)
            switch random.next(8) {
            case 0:
                chapters[at].body = newBody()
                return "body"
            case 1:
                // The same HTML in a new box, as a body rendered again to the same result.
                if case let .cached(box) = chapters[at].body { chapters[at].body = .cached(Shared(box.value)) }
                return "same body, new box"
            case 2:
                chapters[at].title += " ny"
                return "title"
            case 3:
                var matter = chapters[at].page.frontMatter
                matter.description = (matter.description ?? "") + " mer"
                chapters[at].page = Page(
                    sourcePath: chapters[at].page.sourcePath, language: "sv",
                    contentPath: chapters[at].page.contentPath,
                    frontMatter: matter, body: "", bodyFirstLine: 1, outputPath: chapters[at].page.outputPath)
                return "description"
            case 4:
                guard chapters.count > 2 else { return "none" }
                chapters.remove(at: at)
                return "removed"
            case 5:
                chapters.insert(newChapter(), at: at)
                return "added"
            case 6:
                chapters.swapAt(at, random.next(chapters.count))
                return "moved"
            default: return "none"
            }
        }

        /// The chapters numbered in order, as `PrintEdition.chapters` numbers them.
        var numbered: [PrintEdition.Chapter] {
            chapters.enumerated().map { position, chapter in
                var chapter = chapter
                chapter.number = position + 1
                return chapter
            }
        }
    }

    static func article(_ chapters: [PrintEdition.Chapter], kept: inout PrintSections?) throws -> String {
        let strings = try StringTable.parse(
            "contents: Innehåll\nprintIndex: Register\nprintUpdated: Uppdaterad\nprintIntroduction: Inledning\n",
            language: "sv", path: "sv.yml")
        return PrintEdition.article(
            chapters: chapters, siteTitle: "Sajt", description: "", date: nil, strings: strings, locale: "sv_SE",
            letterPaper: false, at: folder, linkStyle: .folderLinks, kept: &kept
        ).joined()
    }

    @Test func keptSectionsMakeTheEditionAFreshOneMakes() throws {
        let seed = SeededRandom.seed("PrintSectionsTests", variable: "FOLIO_PRINT_SECTIONS_SEED")
        var edition = Edition(seed: seed)
        var kept: PrintSections? = PrintSections(folder: Self.folder, linkStyle: .folderLinks)
        _ = try Self.article(edition.numbered, kept: &kept)
        for step in 0..<300 {
            let kind = edition.edit()
            var none: PrintSections?
            let warm = try Self.article(edition.numbered, kept: &kept)
            let cold = try Self.article(edition.numbered, kept: &none)
            #expect(warm == cold, "step \(step): \(kind) (seed \(seed))")
            if warm != cold { return }
        }
    }

    @Test func unchangedChaptersKeepTheirSectionsAndAnEditedOneIsMadeAgain() throws {
        var edition = Edition(seed: 7)
        var kept: PrintSections? = PrintSections(folder: Self.folder, linkStyle: .folderLinks)
        _ = try Self.article(edition.numbered, kept: &kept)
        let first = kept?.parts ?? []
        _ = try Self.article(edition.numbered, kept: &kept)
        let second = kept?.parts ?? []
        #expect(first.count == 8 && zip(first, second).allSatisfy { $0 === $1 }, "nothing changed: all kept")
        edition.chapters[3].title += " ny"
        _ = try Self.article(edition.numbered, kept: &kept)
        let third = kept?.parts ?? []
        #expect(third[3] !== second[3] && third[3].value.title.hasSuffix(" ny"))
        #expect(zip(second, third).enumerated().allSatisfy { $0.offset == 3 || $0.element.0 === $0.element.1 })
        // At another folder, nothing is kept.
        var moved = kept
        moved?.folder = ["sv", "tryck"]
        _ = try Self.article(edition.numbered, kept: &moved)
        #expect(zip(third, moved?.parts ?? []).allSatisfy { $0 !== $1 })
    }
}
