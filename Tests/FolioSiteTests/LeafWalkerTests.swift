import Testing

@testable import FolioSite

@Suite struct LeafWalkerTests {
    static let everyName: Set<String> = {
        var names: Set<String> = []
        func add(_ value: Any) {
            for child in Mirror(reflecting: value).children {
                if let label = child.label { names.insert(label) }
            }
        }
        let view = TemplateVariablesTests.sampleView()
        add(view)
        add(view.menu[0])
        add(view.alternates[0])
        add(view.switcher[0])
        add(view.toc[0])
        if let notice = view.notice { add(notice) }
        return names
    }()

    /// Every text a template can print must become a marker in the probe; one left as it is
    /// would be copied from the probe's page into every page of the same shape.
    @Test func probingReplacesEveryText() {
        var walker = LeafWalker(used: Self.everyName, probing: true)
        var view = TemplateVariablesTests.sampleView()
        view.walk(&walker)
        var unmarked: [String] = []
        func check(_ value: Any, path: String) {
            for child in Mirror(reflecting: value).children {
                let label = "\(path).\(child.label ?? "?")"
                switch child.value {
                case let text as String where !text.hasPrefix(LeafMarker.start): unmarked.append(label)
                case let text as String?:
                    if let text, !text.hasPrefix(LeafMarker.start) { unmarked.append(label) }
                case is Bool, is Bool?, is String: break
                case let dictionary as [String: String]:
                    // The interface strings: fixed per language, which keys the compiled templates.
                    if label != "PageView.strings" { unmarked.append("\(label) (\(dictionary.count) strings)") }
                default: check(child.value, path: label)
                }
            }
        }
        check(view, path: "PageView")
        #expect(unmarked.isEmpty, "\(unmarked)")
        #expect(walker.leaves.count > 30)
    }

    @Test func readingLeavesTheViewAsItWas() {
        let view = TemplateVariablesTests.sampleView()
        var walker = LeafWalker(used: Self.everyName, probing: false)
        var copy = view
        copy.walk(&walker)
        #expect(copy == view)
        #expect(walker.leaves.first == "sv")
        #expect(walker.leaves.contains("<p>x</p>"))
    }

    /// Every flag decides what a template prints, so each one must be in the shape: one left out
    /// would print the probe page's branch on every page of the same shape. Flipping every `Bool`
    /// that `Mirror` finds (here by hand, checked by `Mirror`) must change exactly that many entries.
    @Test func everyFlagIsInTheShape() {
        func setFlags(_ view: PageView, to value: Bool) -> PageView {
            func link(_ link: PageView.Link) -> PageView.Link {
                var link = link
                link.isCurrent = value
                return link
            }
            func entry(_ entry: PageView.TocEntry) -> PageView.TocEntry {
                var entry = entry
                entry.hasChildren = value
                entry.children = entry.children.map { child in
                    var child = child
                    child.hasChildren = value
                    return child
                }
                return entry
            }
            var view = view
            view.hasSwitcher = value
            view.hasToc = value
            view.hasNeighbours = value
            view.noindex = value
            view.hasChapters = value
            view.menu = view.menu.map(link)
            view.breadcrumbs = view.breadcrumbs.map(link)
            view.chapters = view.chapters.map(link)
            view.previous = view.previous.map(link)
            view.next = view.next.map(link)
            view.switcher = view.switcher.map { entry in
                var entry = entry
                entry.isHome = value
                return entry
            }
            view.toc = view.toc.map(entry)
            return view
        }
        func flags(_ value: Any) -> [Bool] {
            Mirror(reflecting: value).children.flatMap { child -> [Bool] in
                if let flag = child.value as? Bool, type(of: child.value) == Bool.self { return [flag] }
                return flags(child.value)
            }
        }
        func shape(_ view: PageView) -> [Int] {
            var walker = LeafWalker(used: Self.everyName, probing: false)
            var copy = view
            copy.walk(&walker)
            return walker.shape
        }
        let on = setFlags(TemplateVariablesTests.sampleView(), to: true)
        let off = setFlags(TemplateVariablesTests.sampleView(), to: false)
        // A Bool added to a view model and not set above fails here first.
        #expect(flags(on).allSatisfy { $0 } && !flags(on).isEmpty)
        #expect(flags(off).allSatisfy { !$0 })
        let (onShape, offShape) = (shape(on), shape(off))
        #expect(onShape.count == offShape.count)
        #expect(zip(onShape, offShape).filter { $0 != $1 }.count == flags(on).count)
    }

    /// The shape records flags, presence and lengths: views that differ only in text share it.
    @Test func shapeIgnoresTextButNotStructure() {
        func shape(_ view: PageView) -> [Int] {
            var walker = LeafWalker(used: Self.everyName, probing: false)
            var copy = view
            copy.walk(&walker)
            return walker.shape
        }
        let base = TemplateVariablesTests.sampleView()
        var retitled = base
        retitled.title = "Annan"
        #expect(shape(retitled) == shape(base))
        var withoutDate = base
        withoutDate.dateText = nil
        #expect(shape(withoutDate) != shape(base))
        var fewerCrumbs = base
        fewerCrumbs.breadcrumbs = []
        #expect(shape(fewerCrumbs) != shape(base))
        var notCurrent = base
        notCurrent.previous?.isCurrent = false
        #expect(shape(notCurrent) != shape(base))
    }
}
