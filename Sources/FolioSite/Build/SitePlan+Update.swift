/// The plan after edits of authored pages' front matter that leave every page where it was: same
/// place, same language, same translation group, no fallback pages made from it.
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
            && context.pagesByPath[old.outputPath] == old
            && context.translations.group(old.translationID)?[old.language] == old
    }

    /// Moves `new` into `old`'s entries of `context`; the planned keys whose values may change.
    private static func move(old: Page, new: Page, in context: inout SiteContext) -> Set<InputKey> {
        let language = old.language
        var keys: Set<InputKey> = [
            .menu(language), .order(language), .versions(old.translationID), .section(old.outputPath),
            .neighbours(old.outputPath),
        ]
        context.pagesByPath[old.outputPath] = new
        context.translations = context.translations.replacing(new)
        var reading = context.ordered[language] ?? []
        guard let from = context.positions[old.outputPath], reading.indices.contains(from) else { return keys }
        for neighbour in [from - 1, from + 1] where reading.indices.contains(neighbour) {
            keys.insert(.neighbours(reading[neighbour].outputPath))
        }
        reading.remove(at: from)
        let key = SiteContext.readingKey(new)
        let to = insertionIndex(of: key, in: reading)
        reading.insert(new, at: to)
        for neighbour in [to - 1, to + 1] where reading.indices.contains(neighbour) {
            keys.insert(.neighbours(reading[neighbour].outputPath))
        }
        for index in min(from, to)...max(from, to) { context.positions[reading[index].outputPath] = index }
        context.ordered[language] = reading
        context.menus[language] = reading.filter { $0.frontMatter.weight != nil }
        return keys
    }

    /// Where a page with sort key `key` goes in `reading`, sorted by `SiteContext.readingKey`
    /// (source paths make the keys unique, so this is where a full sort puts it).
    private static func insertionIndex(of key: (Int, String, String), in reading: [Page]) -> Int {
        var low = 0
        var high = reading.count
        while low < high {
            let middle = (low + high) / 2
            if SiteContext.readingKey(reading[middle]) < key { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
