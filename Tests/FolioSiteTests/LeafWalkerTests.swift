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
