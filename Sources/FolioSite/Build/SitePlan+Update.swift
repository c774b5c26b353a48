/// The plan after edits of authored pages' front matter that leave every page where it was: same
/// place, same language, same translation group, no fallback pages made from it, not a section's
/// own page (whose key orders its whole section) nor inside a section without one.
///
/// Planning a site of 10,000 pages again for one title (sorting each reading order, grouping
/// translations, indexing every page) was most of a title edit's rebuild, and comparing every
/// planned key of the two plans most of the rest. Here each edited page is taken out of its
/// reading order and put back where its new sort key belongs, replaced in its translation group
/// and the indexes, and the planned keys that can differ are the ones naming a changed entry: the
/// language's menu and order, the page's group and section, the neighbours around where it left
/// and where it landed (and every page's headers, which a front-matter edit changes). The build still compares each of those keys' values
/// (`KeyValues`); `SitePlanUpdateTests` holds the result to a plan made from scratch.
extension SitePlan {
    /// The updated plan and the planned keys that may differ from this one's; nil when an edit
    /// does not fit (the build then plans from scratch).
    func updating(_ edits: [(old: Page, new: Page)]) -> (plan: SitePlan, keys: Set<InputKey>)? {
        var context = context
        var pages = pages
        var keys: Set<InputKey> = []
        var arranged = false
        for (old, new) in edits {
            guard let index = position[Self.file(of: old)], pages[index] == old else { return nil }
            if old.row != nil {
                guard fitsRow(old: old, new: new, in: context) else { return nil }
                keys.formUnion(Self.moveRow(old: old, new: new, in: &context))
            } else {
                guard fits(old: old, new: new, in: context) else { return nil }
                keys.formUnion(Self.move(old: old, new: new, in: &context))
                arranged = true
            }
            pages[index] = new
        }
        return (
            SitePlan(
                context: context, pages: pages, glossaries: glossaries, claimed: claimed,
                printed: arranged ? PrintEdition.folders(context: context) : printed, position: position),
            keys
        )
    }

    /// Whether the page a row made again (`InputUpdate.rows`) can take its last version's place:
    /// the same place, language, group and listing position, and no fallback pages made from it.
    private func fitsRow(old: Page, new: Page, in context: SiteContext) -> Bool {
        old.outputPath == new.outputPath && old.language == new.language && old.translationID == new.translationID
            && old.fallback == nil && new.fallback == nil && new.row?.position == old.row?.position
            && context.fallbackVersions[old.translationID] == nil && context.pagesByPath[old.outputPath] == old
            && context.translations.group(old.translationID)?[old.language] == old
    }

    /// Puts a row's page made again in its last version's entries: pages from data are in no menu,
    /// reading order or sidebar, only in their folder's listing and their translation group.
    private static func moveRow(old: Page, new: Page, in context: inout SiteContext) -> Set<InputKey> {
        let folder = Array(old.outputPath.dropLast())
        context.pagesByPath[old.outputPath] = new
        context.translations = context.translations.replacing(new)
        if var listing = context.listings[folder] {
            // The listing is in row position order: the row's position is its place, unless two
            // templates share the folder.
            let hint = old.row?.position ?? 0
            let at =
                listing.indices.contains(hint) && listing[hint].outputPath == old.outputPath
                ? hint : listing.firstIndex { $0.outputPath == old.outputPath }
            if let at { listing[at] = new }
            context.listings[folder] = listing
        }
        return [.listing(folder), .versions(old.translationID), .section(old.outputPath)]
    }

    /// Whether `new` can take `old`'s place without planning again.
    private func fits(old: Page, new: Page, in context: SiteContext) -> Bool {
        old.outputPath == new.outputPath && old.language == new.language && old.translationID == new.translationID
            && old.fallback == nil && new.fallback == nil && !old.isHome && !Glossary.isGlossary(old)
            && !Glossary.isGlossary(new) && context.fallbackVersions[old.translationID] == nil
            && context.pagesByPath[old.outputPath] == old && old.row == nil && !SiteSections.isSectionPage(old)
            && SiteSections.section(of: old).map { context.pagesByPath[$0] != nil } ?? true
            && context.translations.group(old.translationID)?[old.language] == old
    }

    /// Moves `new` into `old`'s entries of `context`; the planned keys whose values may change.
    /// The edited page's language is arranged again (`SiteSections`), the others are kept; the
    /// page's place in the reading order may change, no other page's order relative to the rest.
    private static func move(old: Page, new: Page, in context: inout SiteContext) -> Set<InputKey> {
        let language = old.language
        var keys: Set<InputKey> = [
            .menu(language), .order(language), .versions(old.translationID), .section(old.outputPath),
            .neighbours(old.outputPath), .sidebar(language),
        ]
        if let folder = SiteSections.section(of: old) { keys.insert(.sectionEntries(folder)) }
        context.pagesByPath[old.outputPath] = new
        context.translations = context.translations.replacing(new)
        var reading = context.ordered[language] ?? []
        guard let from = context.positions[old.outputPath], reading.indices.contains(from) else { return keys }
        for neighbour in [from - 1, from + 1] where reading.indices.contains(neighbour) {
            keys.insert(.neighbours(reading[neighbour].outputPath))
        }
        reading[from] = new
        context.sections.rearrange(language, reading)
        reading = context.sections.ordered[language] ?? []
        guard let to = reading.firstIndex(where: { $0.outputPath == old.outputPath }) else { return keys }
        for neighbour in [to - 1, to + 1] where reading.indices.contains(neighbour) {
            keys.insert(.neighbours(reading[neighbour].outputPath))
        }
        for index in min(from, to)...max(from, to) { context.positions[reading[index].outputPath] = index }
        context.ordered[language] = reading
        context.menus[language] = reading.filter { $0.frontMatter.weight != nil }
        return keys
    }
}
