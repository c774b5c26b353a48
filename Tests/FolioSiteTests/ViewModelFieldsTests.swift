import Mustache
import Testing

@testable import FolioSite

/// The view models answer Mustache by name instead of through `Mirror` (for speed); these tests
/// hold that lookup to what `Mirror` would have found, so a new field cannot be forgotten.
@Suite struct ViewModelFieldsTests {
    /// Every stored property of `value` is listed in `field(named:)` and gives Mirror's value.
    func expectListsEveryField(_ value: some ViewModelFields, sourceLocation: SourceLocation = #_sourceLocation) {
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            let listed = value.field(named: label)
            #expect(
                listed != nil, "field(named:) does not list '\(label)' of \(type(of: value))",
                sourceLocation: sourceLocation)
            let inner = Mirror(reflecting: child.value)
            let expected: Any? = inner.displayStyle == .optional ? inner.children.first?.value : child.value
            #expect(
                String(describing: listed.flatMap { $0 }) == String(describing: expected),
                "'\(label)' of \(type(of: value))", sourceLocation: sourceLocation)
        }
        #expect(value.field(named: "noSuchField") == nil)
    }

    @Test func viewModelsListEveryStoredProperty() {
        let view = TemplateVariablesTests.sampleView()
        expectListsEveryField(view)
        expectListsEveryField(view.menu[0])
        expectListsEveryField(view.alternates[0])
        expectListsEveryField(view.switcher[0])
        expectListsEveryField(view.toc[0])
        let redirect = RedirectView(
            lang: "sv", siteTitle: "S", targetHref: "t", canonicalHref: "c", stylesheetHref: "s.css",
            alternates: [.init(hreflang: "ro", href: "r")], languages: [.init(lang: "ro", name: "Română", href: "h")])
        expectListsEveryField(redirect)
        expectListsEveryField(redirect.languages[0])
    }

    @Test func emptyOptionalIsNilSoMustacheLooksFurtherUp() {
        var view = TemplateVariablesTests.sampleView()
        view.ogURL = nil
        view.previous = nil
        #expect(view.child(named: "ogURL") == nil)
        #expect(view.child(named: "previous") == nil)
        #expect(PageView.Link(title: "T", href: "h").child(named: "description") == nil)
        #expect(view.child(named: "title") as? String == "Titel")
    }
}

/// `HTMLEscaping` must give swift-mustache's own output byte for byte, only faster.
@Suite struct HTMLEscapingTests {
    @Test func escapesExactlyAsSwiftMustacheDoes() throws {
        _ = HTMLEscaping.registered
        let library = try MustacheTemplate(string: "{{value}}|\n{{#list}}\n<li>{{.}}</li>\n{{/list}}\n")
        let fast = try MustacheTemplate(
            string: HTMLEscaping.pragma + "{{value}}|\n{{#list}}\n<li>{{.}}</li>\n{{/list}}\n")
        let samples = [
            "", "Kundnöjdhet", "a < b && c > d", "\"citat\" och 'apostrof'", "Română: „ghilimele” & ș ț",
            "<\u{0338} combining", "&amp; already", "emoji 👩🏽‍💻 <tag>",
        ]
        for sample in samples {
            let view: [String: Any] = ["value": sample, "list": [sample, "x"]]
            #expect(fast.render(view) == library.render(view), "\(sample)")
        }
    }
}
