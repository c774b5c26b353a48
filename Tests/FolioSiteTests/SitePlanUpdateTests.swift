import FolioData
import Foundation
import Testing

@testable import FolioSite

/// `SitePlan.updating` against the slow path: after random front-matter edits (titles, weights,
/// descriptions, dates), the updated plan equals a plan made from scratch from the edited pages,
/// and every planned key whose value differs between the old and the new plan is among the keys
/// the update names (a key it left out would leave a stale page in `folio serve`).
@Suite struct SitePlanUpdateTests {
    private static let config = SiteConfig(
        languages: [
            Language(code: "sv", name: "Svenska", locale: "sv_SE", siteTitle: "A", siteDescription: ""),
            Language(code: "ro", name: "Română", locale: "ro_RO", siteTitle: "B", siteDescription: ""),
        ], defaultLanguage: "sv")

    private static func page(_ language: String, _ path: String, title: String, weight: Int?) -> Page {
        var matter = FrontMatter(title: title, draft: false)
        matter.weight = weight
        let folder = [language] + path.split(separator: "/").map(String.init).filter { $0 != "_index" }
        return Page(
            sourcePath: "content/\(language)/\(path).md", language: language, contentPath: path,
            frontMatter: matter, body: "", bodyFirstLine: 1, outputPath: folder)
    }

    /// A bilingual site: homes, a section with pages, and pages with and without weights, some titles equal.
    private static func pages(random: inout SplitMix) -> [Page] {
        var pages: [Page] = []
        for language in ["sv", "ro"] {
            pages.append(page(language, "_index", title: "Hem", weight: nil))
            pages.append(page(language, "guide/_index", title: "Guide", weight: 1))
            for number in 0..<40 {
                let path = number % 3 == 0 ? "guide/p\(number)" : "p\(number)"
                let weight = random.next(5) == 0 ? random.next(4) : nil
                pages.append(page(language, path, title: "T\(random.next(12))", weight: weight))
            }
        }
        return pages
    }

    @Test func updatedPlanEqualsAPlanMadeFromScratch() throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["FOLIO_PLAN_UPDATE_SEED"] ?? "") ?? 20_261_207
        print("SitePlanUpdateTests seed \(seed) (FOLIO_PLAN_UPDATE_SEED replays it)")
        var random = SplitMix(seed: seed)
        var pages = Self.pages(random: &random)
        var plan = try SitePlan(
            source: SiteSource(config: Self.config, pages: pages, strings: [:]), stylesheetName: "s")
        for round in 0..<300 {
            var edits: [(old: Page, new: Page)] = []
            for _ in 0...random.next(2) {
                let index = random.next(pages.count)
                var edited = pages[index]
                switch random.next(4) {
                case 0: edited.frontMatter.title = "T\(random.next(12))"
                case 1: edited.frontMatter.weight = random.next(2) == 0 ? nil : random.next(4)
                case 2: edited.frontMatter.description = "D\(round)"
                default: edited.frontMatter.date = "2026-12-0\(random.next(9) + 1)"
                }
                edits.append((pages[index], edited))
                pages[index] = edited
            }
            let scratch = try SitePlan(
                source: SiteSource(config: Self.config, pages: pages, strings: [:]), stylesheetName: "s")
            guard let updated = plan.updating(edits) else {
                #expect(
                    edits.contains { $0.old.isHome || SiteSections.isSectionPage($0.old) },
                    "round \(round): only edits of homes and section pages plan again")
                plan = scratch
                continue
            }
            #expect(Self.describe(updated.plan) == Self.describe(scratch), "round \(round), seed \(seed)")
            for key in Self.plannedKeys(pages) where !plan.same(key, as: scratch) {
                #expect(updated.keys.contains(key), "round \(round): \(key) changed but was not named")
            }
            plan = updated.plan
        }
    }

    /// A row edit's pages (`InputUpdate.rows`): a generated page's new title and description go
    /// into its folder's listing and translation group as a plan made from scratch puts them, and
    /// the listing is among the keys the update names.
    @Test func updatedRowPagesEqualAPlanMadeFromScratch() throws {
        var random = SplitMix(seed: 29)
        var pages: [Page] = []
        for language in ["sv", "ro"] {
            pages.append(Self.page(language, "_index", title: "Hem", weight: nil))
            pages.append(Self.page(language, "team/_index", title: "Lag", weight: 1))
            for number in 0..<30 {
                var page = Self.page(language, "team/t\(number)", title: "Lag \(number)", weight: nil)
                page.frontMatter.translationKey = "team/t\(number)"
                page.row = PageRow(
                    source: "teams.csv", index: number, line: number + 2, keyColumn: "team", position: number,
                    values: [PageRow.Value(column: "team", cell: .text("t\(number)"), text: "t\(number)")])
                pages.append(page)
            }
        }
        var plan = try SitePlan(
            source: SiteSource(config: Self.config, pages: pages, strings: [:]), stylesheetName: "s")
        for round in 0..<50 {
            let index = random.next(pages.count)
            guard pages[index].row != nil else { continue }
            var edited = pages[index]
            edited.frontMatter.title = "Lag \(random.next(40))"
            edited.frontMatter.description = "D\(round)"
            let edits = [(old: pages[index], new: edited)]
            pages[index] = edited
            let scratch = try SitePlan(
                source: SiteSource(config: Self.config, pages: pages, strings: [:]), stylesheetName: "s")
            let updated = try #require(plan.updating(edits), "round \(round)")
            #expect(Self.describe(updated.plan) == Self.describe(scratch), "round \(round)")
            let folder = Array(edited.outputPath.dropLast())
            #expect(
                updated.plan.context.listings[folder]?.map(\.frontMatter)
                    == scratch.context.listings[folder]?.map(\.frontMatter), "round \(round)")
            #expect(!plan.same(.listing(folder), as: scratch) && updated.keys.contains(.listing(folder)))
            plan = updated.plan
        }
    }

    /// Every planned key of a site with these pages (headers aside: the build marks them changed).
    private static func plannedKeys(_ pages: [Page]) -> [InputKey] {
        ["sv", "ro"].flatMap { [InputKey.menu($0), .order($0)] }
            + pages.flatMap {
                [InputKey.neighbours($0.outputPath), .versions($0.translationID), .section($0.outputPath)]
            }
    }

    /// The plan's values that renderers read, in a comparable form.
    private static func describe(_ plan: SitePlan) -> [String] {
        let context = plan.context
        func list(_ pages: [Page]) -> String {
            pages.map {
                "\($0.outputPath.joined(separator: "/")):\($0.frontMatter.title):\($0.frontMatter.weight ?? -1)"
            }
            .joined(separator: ",")
        }
        var lines = context.ordered.keys.sorted().map { "order \($0): " + list(context.ordered[$0] ?? []) }
        lines += context.menus.keys.sorted().map { "menu \($0): " + list(context.menus[$0] ?? []) }
        lines += context.positions.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map {
            "at \($0.key) \($0.value)"
        }
        lines += context.pagesByPath.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map {
            "page \($0.key): \($0.value.frontMatter)"
        }
        lines.append("pages: " + list(plan.pages))
        lines.append("printed: \(plan.printed.map { $0.joined(separator: "/") }.sorted())")
        lines += plan.pages.map {
            "versions \($0.translationID): \(context.translations.versions(of: $0).keys.sorted())"
        }
        lines += plan.pages.map { page in
            "group \(page.translationID): "
                + (context.translations.group(page.translationID) ?? [:]).sorted { $0.key < $1.key }.map {
                    "\($0.key)=\($0.value.frontMatter.title)"
                }.joined(separator: ",")
        }
        return lines
    }
}
