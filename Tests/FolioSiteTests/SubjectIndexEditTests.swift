import FolioMarkdown
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// The subject index kept between builds (`SubjectIndexState`) is updated in place by `folio
/// serve`: after each edit of a title, a heading, an `index:` term, a weight, or a page added or
/// removed, the search pages and print editions (the whole served folder) equal a cold build's.
@Suite struct SubjectIndexEditTests {
    /// Terms that meet across pages: the same term spelled in other cases (which spelling names an
    /// entry depends on which page comes first), letters of their own in Swedish and Romanian.
    static let words = [
        "Svarstider", "svarstider", "SVARSTIDER", "Åtgärder", "åtgärder", "Kö", "Köer", "Eskalering", "Ärende",
        "Öppettider", "Zon", "Bemanning", "Émigré", "1. Start", "Știri", "Țară", "Ăsta", "Înainte", "Alfa", "alfa",
    ]

    /// One generated page: its file and what it holds.
    struct PageSpec {
        var path: String
        var title: String
        var weight: Int?
        var headings: [(level: Int, text: String)]
        var index: [String]

        var text: String {
            var text = "---\ntitle: \(title)\n"
            if let weight { text += "weight: \(weight)\n" }
            if !index.isEmpty { text += "index:\n" + index.map { "  - \($0)\n" }.joined() }
            text += "---\nInledning.\n"
            for heading in headings {
                text += "\n" + String(repeating: "#", count: heading.level) + " \(heading.text)\n\nText.\n"
            }
            return text
        }
    }

    /// A session over `sections-site` with generated pages, edited and compared with cold builds.
    struct Site {
        let site: FixtureSite
        let session: BuildSession
        var pages: [PageSpec]
        var random: SplitMix
        var counter = 0

        /// `defers`: a session that leaves the print editions and search pages stale (`folio serve`).
        init(seed: UInt64, pages count: Int, defers: Bool = false) async throws {
            site = try FixtureSite("sections-site")
            var random = SplitMix(seed: seed)
            pages = (0..<count).map { Self.newPage($0, &random) }
            self.random = random
            for page in pages { try site.write(page.path, page.text) }
            session = BuildSession(
                options: BuildOptions(sourceRoot: site.root, output: site.root.appendingPathComponent("warm")),
                defersSiteWideOutputs: defers)
            _ = try await session.build()
        }

        mutating func word() -> String { Self.word(&random) }

        static func word(_ random: inout SplitMix) -> String {
            SubjectIndexEditTests.words[random.next(SubjectIndexEditTests.words.count)]
        }

        static func newPage(_ number: Int, _ random: inout SplitMix) -> PageSpec {
            let folder = random.next(3) == 0 ? "content/ro/ghid" : "content/sv/guide"
            var headings: [(level: Int, text: String)] = []
            for _ in 0..<random.next(5) { headings.append((2 + random.next(2), word(&random))) }
            let index = (0..<random.next(3)).map { _ in word(&random) }
            return PageSpec(
                path: "\(folder)/sida-\(number).md", title: "Sida \(number)",
                weight: random.next(2) == 0 ? 10 + random.next(20) : nil, headings: headings, index: index)
        }

        /// One random edit of a generated page, written; the paths it changed.
        mutating func edit() throws -> (kind: String, changed: Set<String>) {
            counter += 1
            let at = random.next(pages.count)
            var kind: String
            switch random.next(8) {
            case 0:
                kind = "title"
                pages[at].title = random.next(2) == 0 ? "Sida \(counter)" : word()
            case 1 where !pages[at].headings.isEmpty:
                kind = "heading"
                pages[at].headings[random.next(pages[at].headings.count)].text = word()
            case 2:
                kind = "heading added"
                pages[at].headings.insert(
                    (2 + random.next(2), word()), at: random.next(pages[at].headings.count + 1))
            case 3 where !pages[at].headings.isEmpty:
                kind = "heading removed"
                pages[at].headings.remove(at: random.next(pages[at].headings.count))
            case 4:
                kind = "index terms"
                pages[at].index = (0..<random.next(4)).map { _ in word() }
            case 5:
                kind = "page added"
                pages.append(Self.newPage(100 + counter, &random))
                try site.write(pages[pages.count - 1].path, pages[pages.count - 1].text)
                return (kind, [pages[pages.count - 1].path])
            case 6 where pages.count > 2:
                let gone = pages.remove(at: at)
                try FileManager.default.removeItem(at: site.root.appendingPathComponent(gone.path))
                return ("page removed", [gone.path])
            default:
                kind = "weight"
                pages[at].weight = random.next(3) == 0 ? nil : 10 + random.next(20)
            }
            try site.write(pages[at].path, pages[at].text)
            return (kind, [pages[at].path])
        }

        /// The Swedish search page as the session wrote it.
        func warmSearchPage() throws -> String {
            try String(contentsOf: site.root.appendingPathComponent("warm/sv/sok/index.html"), encoding: .utf8)
        }

        /// Builds warm (told `changed`) and cold; expects the same files with the same bytes.
        func matchesColdBuild(changed: Set<String>, _ comment: String) async throws {
            _ = try await session.build(changed: changed)
            let cold = site.root.appendingPathComponent("cold")
            try await SiteBuilder(options: BuildOptions(sourceRoot: site.root, output: cold)).build()
            let warmTree = try IncrementalBuildTests.Playbook.tree(site.root.appendingPathComponent("warm"))
            let coldTree = try IncrementalBuildTests.Playbook.tree(cold)
            #expect(warmTree.keys.sorted() == coldTree.keys.sorted(), "different files: \(comment)")
            let differing = coldTree.keys.filter { warmTree[$0] != coldTree[$0] }.sorted()
            #expect(differing.isEmpty, "warm output differs from cold in \(differing): \(comment)")
            try FileManager.default.removeItem(at: cold)
        }
    }

    @Test func eachKindOfEditMatchesAColdBuild() async throws {
        var site = try await Site(seed: 7, pages: 6)
        defer { site.site.remove() }
        let at = try #require(site.pages.firstIndex { $0.path.contains("/sv/") })
        let page = site.pages[at].path
        site.pages[at].title = "Ny titel"
        site.pages[at].headings = [(2, "Svarstider"), (3, "Åtgärder"), (2, "Zon")]
        site.pages[at].index = ["Ärende"]
        try site.site.write(page, site.pages[at].text)
        try await site.matchesColdBuild(changed: [page], "headings and terms")
        site.pages[at].title = "Titel två"
        try site.site.write(page, site.pages[at].text)
        try await site.matchesColdBuild(changed: [page], "title")
        #expect(try site.warmSearchPage().contains("Titel två"))
        site.pages[at].headings[0].text = "svarstider"
        try site.site.write(page, site.pages[at].text)
        try await site.matchesColdBuild(changed: [page], "heading respelled")
        site.pages[at].index = ["Öppettider", "alfa"]
        try site.site.write(page, site.pages[at].text)
        try await site.matchesColdBuild(changed: [page], "index terms")
        #expect(try site.warmSearchPage().contains("Öppettider"))
        let added = SubjectIndexEditTests.PageSpec(
            path: "content/sv/guide/ny.md", title: "Ny sida", weight: 3, headings: [(2, "Zebra")], index: [])
        try site.site.write(added.path, added.text)
        try await site.matchesColdBuild(changed: [added.path], "page added")
        #expect(try site.warmSearchPage().contains("Zebra"))
        try FileManager.default.removeItem(at: site.site.root.appendingPathComponent(added.path))
        try await site.matchesColdBuild(changed: [added.path], "page removed")
        #expect(try !site.warmSearchPage().contains("Zebra"))
    }

    @Test func randomEditsMatchAColdBuild() async throws {
        let seed = SeededRandom.seed("SubjectIndexEditTests", variable: "FOLIO_SUBJECT_INDEX_SEED")
        var site = try await Site(seed: seed, pages: 12)
        defer { site.site.remove() }
        var kinds: Set<String> = []
        for step in 0..<60 {
            let (kind, changed) = try site.edit()
            kinds.insert(kind)
            try await site.matchesColdBuild(changed: changed, "step \(step): \(kind) (seed \(seed))")
        }
        #expect(kinds.count >= 6, "only \(kinds.sorted()) (seed \(seed))")
    }
}

/// `SubjectIndexState` on its own: updated in place, with its items plain or packed by letter,
/// it gives the HTML a state made from the same pages from scratch gives.
@Suite struct SubjectIndexStateTests {
    static let strings = StringTable(language: "sv", path: "sv.yml", values: ["indexLetters": "Bokstäver"])

    static func source(_ number: Int, _ random: inout SplitMix) -> SubjectIndexState.Source {
        let words = SubjectIndexEditTests.words
        var headings: [Heading] = []
        for line in 0..<random.next(5) {
            let text = words[random.next(words.count)]
            headings.append(Heading(level: 2 + random.next(2), text: text, id: "h\(line)", line: line))
        }
        let index = (0..<random.next(3)).map { IndexTerm(term: words[random.next(words.count)], line: $0) }
        return SubjectIndexState.Source(
            folder: ["sv", "sida-\(number)"],
            title: random.next(4) == 0 ? words[random.next(words.count)] : "Sida \(number)",
            headings: headings, index: index)
    }

    @Test(arguments: [false, true]) func updatedStateGivesTheHTMLOfOneMadeAnew(packing: Bool) {
        let seed =
            ProcessInfo.processInfo.environment["FOLIO_SUBJECT_INDEX_SEED"].flatMap(UInt64.init)
            ?? UInt64.random(in: 1...UInt64.max)
        print("SubjectIndexStateTests seed \(seed) (packing: \(packing))")
        var random = SplitMix(seed: seed)
        let setting = SubjectIndexState.Setting(folder: ["sv", "sok"], locale: "sv_SE", linkStyle: .folderLinks)
        var sources = (0..<30).map { Self.source($0, &random) }
        var state = SubjectIndexState(sources: sources, setting: setting, packing: packing)
        for step in 0..<200 {
            let at = random.next(sources.count)
            sources[at] = Self.source(at, &random)
            if random.next(3) == 0 { sources[at].title = "Titel \(step)" }
            if state.update(to: sources) == nil {
                state = SubjectIndexState(sources: sources, setting: setting, packing: packing)
            }
            let fresh = SubjectIndexState(sources: sources, setting: setting, packing: false)
            #expect(
                state.html(strings: Self.strings) == fresh.html(strings: Self.strings),
                "step \(step) (seed \(seed), packing: \(packing))")
        }
    }
}
