import Mustache
import Testing

@testable import FolioSite

/// The view models answer Mustache and `LeafWalker` from one table (`ViewFields`) instead of
/// through `Mirror` (for speed); these tests hold that table to what `Mirror` finds, so a new field
/// cannot be forgotten or listed as the wrong kind.
@Suite struct ViewModelFieldsTests {
    /// Every stored property of `value` is listed in its table, as the kind its type calls for,
    /// and gives Mirror's value; the table lists nothing else.
    func expectListsEveryField<View: ViewModelFields>(
        _ value: View, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var labels: [String] = []
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            labels.append(label)
            let listed = value.field(named: label)
            #expect(
                listed != nil, "the fields of \(View.self) do not list '\(label)'", sourceLocation: sourceLocation)
            let inner = Mirror(reflecting: child.value)
            let expected: Any? = inner.displayStyle == .optional ? inner.children.first?.value : child.value
            #expect(
                String(describing: listed.flatMap { $0 }) == String(describing: expected),
                "'\(label)' of \(View.self)", sourceLocation: sourceLocation)
            #expect(
                View.fields.field(named: label)?.kind == Self.kind(of: child.value),
                "'\(label)' of \(View.self) is listed as the wrong kind", sourceLocation: sourceLocation)
        }
        #expect(
            View.fields.all.map(\.name) == labels, "table order is declaration order", sourceLocation: sourceLocation)
        #expect(value.field(named: "noSuchField") == nil)
    }

    /// The kind a stored property's type calls for.
    static func kind(of value: Any) -> ViewFieldKind? {
        // By type, not `is`: a cast would see a String inside a String?, and nil as any optional.
        let type = type(of: value)
        if type == String.self { return .text }
        if type == String?.self { return .optionalText }
        if type == Bool.self { return .flag }
        if type == [String: String].self { return .fixedPerLanguage }
        if value is [any ViewModelFields] { return .list }
        if Mirror(reflecting: value).displayStyle == .optional { return .item }
        return nil
    }

    @Test func viewModelsListEveryStoredProperty() {
        let view = TemplateVariablesTests.sampleView()
        expectListsEveryField(view)
        expectListsEveryField(view.menu[0])
        expectListsEveryField(view.alternates[0])
        expectListsEveryField(view.switcher[0])
        expectListsEveryField(view.toc[0])
        let entry = NavEntry(title: "Guide", href: "g", isSection: true, isOpen: true, pages: view.menu)
        expectListsEveryField(NavView(lang: "sv", homeHref: "h", entries: [entry], strings: view.strings))
        expectListsEveryField(entry)
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

/// `HTMLEscaping` gives swift-mustache's own output byte for byte, only faster, except where
/// swift-mustache is unsafe: it escapes by `Character`, so a `<` or a quote joined to a combining
/// mark after it stays as it is, and a browser still reads it as markup. Folio escapes every scalar.
@Suite struct HTMLEscapingTests {
    @Test func escapesExactlyAsSwiftMustacheDoes() throws {
        _ = HTMLEscaping.registered
        let library = try MustacheTemplate(string: "{{value}}|\n{{#list}}\n<li>{{.}}</li>\n{{/list}}\n")
        let fast = try MustacheTemplate(
            string: HTMLEscaping.pragma + "{{value}}|\n{{#list}}\n<li>{{.}}</li>\n{{/list}}\n")
        let samples = [
            "", "Kundnöjdhet", "a < b && c > d", "\"citat\" och 'apostrof'", "Română: „ghilimele” & ș ț",
            "&amp; already", "emoji 👩🏽‍💻 <tag>",
        ]
        for sample in samples {
            let view: [String: Any] = ["value": sample, "list": [sample, "x"]]
            #expect(fast.render(view) == library.render(view), "\(sample)")
        }
    }

    @Test func escapesAMarkupCharacterJoinedToACombiningMark() throws {
        _ = HTMLEscaping.registered
        let fast = try MustacheTemplate(string: HTMLEscaping.pragma + "<a title=\"{{value}}\">{{value}}</a>")
        let view: [String: Any] = ["value": "x\"\u{301} onmouseover=alert(1) <\u{338}b>"]
        #expect(
            fast.render(view)
                == "<a title=\"x&quot;\u{301} onmouseover=alert(1) &lt;\u{338}b&gt;\">"
                + "x&quot;\u{301} onmouseover=alert(1) &lt;\u{338}b&gt;</a>")
    }
}
