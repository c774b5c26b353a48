/// Walks the values of a view model that a template can read, in a fixed order.
///
/// It records the view's shape (each flag, whether each optional is present, each list's length)
/// and its leaves (the strings a template can print). When probing, it also replaces every leaf
/// with a marker naming its position, so that rendering the probe shows where each leaf lands
/// (see `CompiledTemplate`). Fields whose names no template reads are skipped: they cannot change
/// the output.
struct LeafWalker {
    /// Field names the template reads (`TemplateUsage`).
    let used: Set<String>
    let probing: Bool
    private(set) var shape: [Int] = []
    private(set) var leaves: [String] = []

    init(used: Set<String>, probing: Bool) {
        self.used = used
        self.probing = probing
        leaves.reserveCapacity(32)
        shape.reserveCapacity(16)
    }

    mutating func text(_ name: String, _ value: inout String) {
        guard used.contains(name) else { return }
        leaves.append(value)
        if probing { value = LeafMarker.text(leaves.count - 1) }
    }

    mutating func text(_ name: String, _ value: inout String?) {
        guard used.contains(name) else { return }
        guard let present = value else {
            shape.append(0)
            return
        }
        shape.append(1)
        leaves.append(present)
        if probing { value = LeafMarker.text(leaves.count - 1) }
    }

    mutating func flag(_ name: String, _ value: Bool) {
        guard used.contains(name) else { return }
        shape.append(value ? 1 : 0)
    }

    mutating func list<Item: TemplateLeaves>(_ name: String, _ items: inout [Item]) {
        guard used.contains(name) else { return }
        shape.append(items.count)
        if probing {
            for index in items.indices { items[index].walk(&self) }
        } else {
            // Reading only: walking copies leaves the view's own array unshared and uncopied.
            for item in items {
                var copy = item
                copy.walk(&self)
            }
        }
    }

    mutating func item<Item: TemplateLeaves>(_ name: String, _ item: inout Item?) {
        guard used.contains(name) else { return }
        guard var present = item else {
            shape.append(0)
            return
        }
        shape.append(1)
        present.walk(&self)
        if probing { item = present }
    }
}

/// A view model the walker can take apart. `walk` names every field templates can reach, with
/// the walker method for its type; a field left out would be printed from the probe's own value on
/// every page of the same shape (`LeafWalkerTests` checks that none is).
protocol TemplateLeaves {
    mutating func walk(_ walker: inout LeafWalker)
}

/// The text that stands for leaf `index` in a probe: private-use characters around the index, and
/// the five characters HTML escaping changes, so the output shows whether the leaf was escaped.
enum LeafMarker {
    static let start = "\u{E000}"
    static let end = "\u{E001}"
    static let special = "&<>\"'"

    static func text(_ index: Int) -> String {
        start + String(index) + special + end
    }
}

extension PageView: TemplateLeaves {
    /// `strings` is not walked: one build has one string table per language, and the compiled
    /// templates are keyed by language (as `NavigationCache` is).
    mutating func walk(_ walker: inout LeafWalker) {
        walker.text("lang", &lang)
        walker.text("title", &title)
        walker.text("documentTitle", &documentTitle)
        walker.text("description", &description)
        walker.text("siteTitle", &siteTitle)
        walker.text("homeHref", &homeHref)
        walker.text("stylesheetHref", &stylesheetHref)
        walker.text("faviconHref", &faviconHref)
        walker.text("canonicalHref", &canonicalHref)
        walker.text("ogLocale", &ogLocale)
        walker.text("ogURL", &ogURL)
        walker.list("alternates", &alternates)
        walker.list("switcher", &switcher)
        walker.flag("hasSwitcher", hasSwitcher)
        walker.list("menu", &menu)
        walker.text("navigation", &navigation)
        walker.list("breadcrumbs", &breadcrumbs)
        walker.list("toc", &toc)
        walker.flag("hasToc", hasToc)
        walker.text("tableOfContents", &tableOfContents)
        walker.text("content", &content)
        walker.text("dateISO", &dateISO)
        walker.text("dateText", &dateText)
        walker.item("previous", &previous)
        walker.item("next", &next)
        walker.flag("hasNeighbours", hasNeighbours)
        walker.list("chapters", &chapters)
    }
}

extension PageView.Link: TemplateLeaves {
    mutating func walk(_ walker: inout LeafWalker) {
        walker.text("title", &title)
        walker.text("href", &href)
        walker.flag("isCurrent", isCurrent)
        walker.text("description", &description)
    }
}

extension PageView.Alternate: TemplateLeaves {
    mutating func walk(_ walker: inout LeafWalker) {
        walker.text("hreflang", &hreflang)
        walker.text("href", &href)
    }
}

extension PageView.SwitcherEntry: TemplateLeaves {
    mutating func walk(_ walker: inout LeafWalker) {
        walker.text("lang", &lang)
        walker.text("label", &label)
        walker.text("href", &href)
        walker.flag("isHome", isHome)
    }
}

extension PageView.TocEntry: TemplateLeaves {
    mutating func walk(_ walker: inout LeafWalker) {
        walker.text("id", &id)
        walker.text("text", &text)
        walker.list("children", &children)
        walker.flag("hasChildren", hasChildren)
    }
}
