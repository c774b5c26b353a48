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
        for (old, new) in edits {
            guard fits(old: old, new: new, in: context), let index = position[Self.file(of: old)], pages[index] == old
            else { return nil }
            keys.formUnion(Self.move(old: old, new: new, in: &context))
            pages[index] = new
        }
        return (
            SitePlan(
                context: context, pages: pages, glossaries: glossaries, claimed: claimed,
                printed: PrintEdition.folders(context: context), position: position),
            keys
        )
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
