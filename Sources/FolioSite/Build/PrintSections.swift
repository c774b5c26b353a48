import FolioMarkdown

/// A chapter's body as the print edition reads it: kept by the build cache (its HTML unpacked only
/// when its section is made again) or rendered by this build (a glossary, or `folio build`'s pages).
enum ChapterBody: Sendable {
    case cached(Shared<CachedBody>)
    case rendered(RenderedMarkdown)

    var headings: [Heading] {
        switch self {
        case let .cached(box): box.value.headings
        case let .rendered(body): body.headings
        }
    }

    var html: String {
        switch self {
        case let .cached(box): box.value.rendered.html
        case let .rendered(body): body.html
        }
    }

    /// Whether the two are surely the same body: the same cached box (a body not rendered again
    /// stays in its box from build to build, and a kept section holds it, so the box cannot be
    /// freed and another take its place), or equal rendered HTML and headings.
    func isSame(as other: ChapterBody) -> Bool {
        switch (self, other) {
        case let (.cached(mine), .cached(theirs)): mine === theirs
        case let (.rendered(mine), .rendered(theirs)): mine.html == theirs.html && mine.headings == theirs.headings
        default: false
        }
    }
}

/// One language's print edition as `folio serve` keeps it between builds: each chapter's finished
/// paper HTML and contents entry, with what they were made from. A row edit of 10,000 pages from
/// data then makes one section again and puts the kept ones around it, instead of unpacking,
/// rewriting and making paper of all 10,000 bodies (2.2 s of a one-row edit with both editions,
/// bench/pages-from-data at 10,000 rows).
struct PrintSections: Sendable {
    /// The edition's folder and the site's link style, which every kept section's links were
    /// resolved against: with another, none is kept.
    var folder: [String]
    var linkStyle: LinkStyle
    /// In the edition's order, each in a box: 10,000 sections are looked at on every build.
    var parts: [Shared<PrintSection>] = []

    /// The kept section of each of `chapters` at the same place (nil for a chapter without one):
    /// by position when the chapters are the same folders in the same order (a row or text edit),
    /// by folder otherwise; and the folders of kept sections no chapter has now.
    func aligned(with chapters: [PrintEdition.Chapter]) -> (parts: [Shared<PrintSection>?], gone: [[String]]) {
        if parts.count == chapters.count,
            chapters.indices.allSatisfy({ parts[$0].value.folder == chapters[$0].page.outputPath })
        {
            return (parts, [])
        }
        let byFolder = Dictionary(parts.map { ($0.value.folder, $0) }, uniquingKeysWith: { _, last in last })
        let now = Set(chapters.map(\.page.outputPath))
        return (chapters.map { byFolder[$0.page.outputPath] }, parts.map(\.value.folder).filter { !now.contains($0) })
    }

    /// The folders links may lead to differently than when the kept sections (aligned with
    /// `chapters`, `gone` the folders no chapter has now) were made: chapters come, gone, or with
    /// another anchor or other ids.
    static func moved(
        from kept: (parts: [Shared<PrintSection>?], gone: [[String]]), to chapters: [PrintEdition.Chapter],
        markups: [ChapterMarkup]
    ) -> Set<[String]> {
        var moved = Set(kept.gone)
        for (position, part) in kept.parts.enumerated()
        where part?.value.anchor != markups[position].anchor || part?.value.ids != markups[position].ids {
            moved.insert(chapters[position].page.outputPath)
        }
        return moved
    }
}

/// One chapter (or section from data) of a print edition as made, with its inputs.
struct PrintSection: Sendable {
    var folder: [String]
    var body: ChapterBody
    var anchor: String
    var label: String?
    var title: String
    /// The description printed under its heading (nil for the introduction).
    var lede: String?
    /// The ids its HTML defines (`ChapterMarkup.ids`): where links from other chapters may lead.
    var ids: Set<String>
    /// The folders its links looked for among the edition's chapters, found or not: their anchors
    /// and ids are what its links became.
    var lookups: Set<[String]>
    /// Its `<section class="print-chapter">`.
    var html: String
    /// Its `<li>` in the table of contents.
    var contents: String

    /// Whether this section, as made, is what `chapter` makes now at `anchor`, when the chapters
    /// at `moved` (come, gone, or with another anchor or ids) are the only ones that differ.
    func fits(_ chapter: PrintEdition.Chapter, anchor: String, moved: Set<[String]>) -> Bool {
        self.anchor == anchor && label == chapter.label && title == chapter.title
            && lede == PrintEdition.lede(of: chapter) && body.isSame(as: chapter.body)
            && (moved.isEmpty || lookups.isDisjoint(with: moved))
    }
}
