import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Compiled templates must give exactly what swift-mustache gives, for every view.
@Suite struct TemplateShapesTests {
    /// Views of many shapes (optionals present or not, lists of different lengths, flags both
    /// ways) and awkward values: HTML specials, line breaks, empty text, marker look-alikes.
    static func views(count: Int) -> [PageView] {
        var generator = SplitMix(seed: 42)
        let texts = [
            "Kundnöjdhet", "", "a < b && \"c\" > 'd'", "rad\nbrytning\n", "  ", "„Ghid” ș ț", "\u{E000}0&<>\"'\u{E001}",
            "<\u{0338} kombinerat", "😀 & 🇸🇪",
        ]
        func text() -> String { texts[generator.next(texts.count)] }
        // Structure comes from one of a few kinds, so shapes repeat and most pages are compiled;
        // the texts are drawn independently.
        return (0..<count).map { _ in
            let kind = generator.next(8)
            func link(_ variant: Int) -> PageView.Link {
                .init(
                    title: text(), href: text(), isCurrent: variant % 2 == 0,
                    description: variant % 3 == 0 ? nil : text())
            }
            var view = TemplateVariablesTests.sampleView()
            view.lang = kind % 3 == 0 ? "ro" : "sv"
            view.title = text()
            view.documentTitle = text()
            view.description = text()
            view.siteTitle = text()
            view.homeHref = text()
            view.canonicalHref = text()
            view.ogURL = kind % 2 == 0 ? nil : text()
            view.alternates = (0..<(kind % 3)).map { _ in .init(hreflang: text(), href: text()) }
            view.switcher = (0..<(kind % 2 + 1)).map { index in
                .init(lang: text(), label: text(), href: text(), isHome: (kind + index) % 2 == 0)
            }
            view.hasSwitcher = kind != 5
            view.breadcrumbs = (0..<(kind % 4)).map { link($0 + kind) }
            view.hasToc = kind % 3 != 1
            view.tableOfContents = text()
            view.content = text()
            view.navigation = text()
            view.dateISO = kind % 4 == 1 ? nil : text()
            view.dateText = view.dateISO == nil ? nil : text()
            view.previous = kind % 2 == 1 ? nil : link(kind)
            view.next = kind > 5 ? nil : link(kind + 1)
            view.hasNeighbours = view.previous != nil || view.next != nil
            view.chapters = (0..<(kind % 5)).map { link($0) }
            return view
        }
    }

    @Test func compiledPagesEqualSwiftMustache() throws {
        let templates = try TemplateSet.load(from: TemplateVariablesTests.folder)
        let shapes = TemplateShapes()
        var mismatches = 0
        for view in Self.views(count: 3000) {
            for template in ["page", "home"] {
                let expected = Array(templates.render(view, template: template).utf8)
                if shapes.document(view, template: template, templates: templates) != expected { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
        let counts = shapes.statistics
        // Most pages must come from compiled templates, or this test would not test them.
        #expect(counts.pagesFromCompiled > 5000)
        #expect(counts.compiled >= 16)
        // Texts that look like markers are only ever leaves, never probes: no shape is refused.
        #expect(counts.swiftMustache == 0)
    }

    /// `BuildOptions.compiledTemplates: false`: every page from swift-mustache, nothing compiled.
    @Test func withCompilingOffEveryPageComesFromSwiftMustache() throws {
        let templates = try TemplateSet.load(from: TemplateVariablesTests.folder)
        let shapes = TemplateShapes(compiling: false)
        for view in Self.views(count: 100) {
            let expected = Array(templates.render(view, template: "page").utf8)
            #expect(shapes.document(view, template: "page", templates: templates) == expected)
        }
        #expect(shapes.statistics == TemplateShapes.Counts())
    }

    /// The switch exists to bisect rendering bugs, so both ways must build the same site.
    @Test func aSiteBuildsTheSameWithAndWithoutCompiledTemplates() async throws {
        try await withFixtureSite { site in
            var outputs: [[String: Data]] = []
            for compiled in [true, false] {
                try await SiteBuilder(
                    options: BuildOptions(sourceRoot: site.root, output: site.output, compiledTemplates: compiled)
                ).build()
                outputs.append(try site.snapshot())
            }
            #expect(outputs[0].count > 10)
            #expect(outputs[0] == outputs[1])
        }
    }

    /// `CompiledTemplate`'s invariant: a view of its shape has exactly its number of leaves.
    @Test func aCompiledTemplateGivenTheWrongLeafCountStops() async {
        await #expect(processExitsWith: .failure) {
            let compiled = CompiledTemplate(probe: "<h1>\(LeafMarker.text(0))</h1>", leafCount: 1)
            _ = compiled?.render([])
        }
    }

    /// A private-use character in the template's own text (here an interface string) makes the
    /// probe unreadable: that shape stays with swift-mustache, and pages still come out right.
    @Test func anUnreadableProbeKeepsSwiftMustache() throws {
        let templates = try TemplateSet.load(from: TemplateVariablesTests.folder)
        let shapes = TemplateShapes()
        var view = TemplateVariablesTests.sampleView()
        view.strings["skipToContent"] = "\u{E000}"
        for title in ["Ett", "Två"] {
            view.title = title
            let expected = Array(templates.render(view, template: "page").utf8)
            #expect(shapes.document(view, template: "page", templates: templates) == expected)
        }
        #expect(shapes.statistics == TemplateShapes.Counts(compiled: 0, swiftMustache: 1, pagesFromCompiled: 0))
    }

    @Test func aTemplateThatCannotBeCompiledStillRenders() throws {
        try withFixtureSite { site in
            try site.write(
                "templates/page.mustache", "{{<base}}{{$main}}<h1>{{uppercased(title)}}</h1>{{/main}}{{/base}}")
            let templates = try TemplateSet.load(from: site.root.appendingPathComponent("templates"))
            #expect(templates.usage.names["page"] == nil)
            let shapes = TemplateShapes()
            var view = TemplateVariablesTests.sampleView()
            view.title = "Rubrik"
            let html = String(decoding: shapes.document(view, template: "page", templates: templates), as: UTF8.self)
            #expect(html.contains("<h1>RUBRIK</h1>"))
            #expect(shapes.statistics == TemplateShapes.Counts())
        }
    }
}

/// A small deterministic generator (SplitMix64), so the views are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
