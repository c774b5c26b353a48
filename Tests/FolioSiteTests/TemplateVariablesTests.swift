import FolioTestSupport
import Foundation
import Mustache
import Testing

@testable import FolioSite

/// swift-mustache renders an unknown variable as empty text, so a typo in a template would ship
/// silently. These tests hold every tag in every template to the typed view models.
@Suite struct TemplateVariablesTests {
    static let folder = Repository.root.appendingPathComponent("templates")

    /// Names a template may use: stored properties of the view models (at any depth), string-table
    /// keys under `strings.`, and the inheritance blocks the templates define.
    static func knownNames() -> Set<String> {
        var names: Set<String> = []
        func collect(_ value: Any) {
            for child in Mirror(reflecting: value).children {
                guard let label = child.label else { continue }
                names.insert(label)
                let inner = Mirror(reflecting: child.value)
                if inner.displayStyle == .collection {
                    inner.children.forEach { collect($0.value) }
                } else if inner.displayStyle == .optional {
                    inner.children.forEach { collect($0.value) }
                } else if inner.displayStyle == .struct {
                    collect(child.value)
                }
            }
        }
        collect(sampleView())
        let entry = NavEntry(title: "", href: "", isSection: true, isOpen: true, pages: [.init(title: "", href: "")])
        collect(NavView(lang: "sv", homeHref: "", entries: [entry], strings: [:]))
        collect(
            RedirectView(
                lang: "sv", siteTitle: "", targetHref: "", canonicalHref: "", stylesheetHref: "",
                alternates: [.init(hreflang: "", href: "")], languages: [.init(lang: "", name: "", href: "")]))
        collect(
            RedirectView.LanguageLink(
                lang: "", name: "", href: "", title: "", description: "", heading: "", text: "", linkText: ""))
        return names
    }

    static func sampleView() -> PageView {
        let link = PageView.Link(
            title: "T", href: "h", isCurrent: true, description: "d", linkLang: "ro", langTag: "Română")
        let child = PageView.TocEntry(id: "c", text: "c", children: [], hasChildren: false)
        let toc = PageView.TocEntry(id: "a", text: "A", children: [child], hasChildren: true)
        return PageView(
            lang: "sv", title: "Titel", documentTitle: "D", description: "Beskr", siteTitle: "S", homeHref: "h",
            stylesheetHref: "s.css", faviconHref: "f.svg", canonicalHref: "c", ogLocale: "sv_SE",
            ogURL: "https://x.org/", alternates: [.init(hreflang: "ro", href: "r")],
            switcher: [.init(lang: "ro", label: "L", href: "h", isHome: true)], hasSwitcher: true, menu: [link],
            navigation: "<nav>menu</nav>", breadcrumbs: [link], toc: [toc], hasToc: true,
            tableOfContents: PageView.outline([toc]), content: "<p>x</p>", contentLang: "ro", noindex: true,
            notice: .init(kind: "outdated", text: "N", linkText: "L", linkHref: "h", linkLang: "ro"),
            dateISO: "2026-01-01", dateText: "1 januari 2026", previous: link, next: link, hasNeighbours: true,
            chapters: [link],
            strings: Dictionary(uniqueKeysWithValues: StringTable.templateKeys.map { ($0, "«\($0)»") }))
    }

    @Test func everyTagNamesAViewModelField() throws {
        let known = Self.knownNames()
        let blocks: Set<String> = ["main", "breadcrumbs"]
        let partials = Set(TemplateSet.required)
        for file in try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        where file.hasSuffix(".mustache") {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            for tag in Self.tags(in: text) {
                let sigil = tag.first.map { "#^/>$<{&!".contains($0) ? String($0) : "" } ?? ""
                let name = String(tag.dropFirst(sigil.count)).trimmingCharacters(in: CharacterSet(charactersIn: "{} "))
                switch sigil {
                case "!", "/": continue
                case ">", "<": #expect(partials.contains(name), "\(file): unknown partial \(name)")
                case "$": #expect(blocks.contains(name), "\(file): unknown block \(name)")
                default:
                    if name.hasPrefix("strings.") {
                        let key = String(name.dropFirst("strings.".count))
                        #expect(
                            StringTable.templateKeys.contains(key), "\(file): string '\(key)' is not a template key")
                    } else if !blocks.contains(name) {
                        #expect(known.contains(name), "\(file): {{\(tag)}} is not a view-model field")
                    }
                }
            }
        }
    }

    @Test func everyTemplateRendersWithFixtureData() throws {
        let templates = try TemplateSet.load(from: Self.folder)
        let view = Self.sampleView()
        for name in ["page", "home", "notfound"] {
            let html = templates.render(view, template: name)
            #expect(html.hasPrefix("<!DOCTYPE html>"), "\(name)")
            #expect(html.contains("<html lang=\"sv\">"), "\(name)")
            #expect(html.contains("«skipToContent»"), "\(name)")
            #expect(html.contains("<title>D</title>"), "\(name)")
        }
        let page = templates.render(view, template: "page")
        for expected in [
            "<h1>Titel</h1>", "<p>x</p>", "«contents»", "href=\"#a\"", "href=\"#c\"", "rel=\"prev\"",
            "class=\"is-home\"", "1 januari 2026",
        ] {
            #expect(page.contains(expected), "page lacks \(expected)")
        }
    }

    static func tags(in text: String) -> [String] {
        var tags: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            var tag = String(rest[open.upperBound..<close.lowerBound])
            var end = close.upperBound
            if tag.hasPrefix("{"), rest[end...].hasPrefix("}") { end = rest.index(after: end) }
            tag = tag.trimmingCharacters(in: .whitespaces)
            tags.append(tag)
            rest = rest[end...]
        }
        return tags
    }
}
