import Mustache

/// Field lookup for the view models by name, without `Mirror`.
///
/// swift-mustache reflects over every stored property on each `{{tag}}` unless the value is a
/// `MustacheParent`; that reflection was about 60 % of a build's CPU time (see BENCHMARKS.md).
/// `field(named:)` answers `.some(nil)` for an empty optional, like Mirror; a name it does not list
/// falls back to `Mirror`, so a field added to a view model renders even before it is listed here
/// (`ViewModelFieldsTests` fails until it is).
protocol ViewModelFields: MustacheParent {
    /// The stored property `name`: `nil` when there is no such property, `.some(nil)` when it is empty.
    func field(named name: String) -> Any??
}

extension ViewModelFields {
    func child(named name: String) -> Any? {
        if let value = field(named: name) { return value }
        guard let match = Mirror(reflecting: self).children.first(where: { $0.label == name }) else { return nil }
        let inner = Mirror(reflecting: match.value)
        guard inner.displayStyle == .optional else { return match.value }
        return inner.children.first?.value
    }
}

extension PageView: ViewModelFields {
    func field(named name: String) -> Any?? {
        switch name {
        case "lang": lang
        case "title": title
        case "documentTitle": documentTitle
        case "description": description
        case "siteTitle": siteTitle
        case "homeHref": homeHref
        case "stylesheetHref": stylesheetHref
        case "faviconHref": faviconHref
        case "canonicalHref": canonicalHref
        case "ogLocale": ogLocale
        case "ogURL": .some(ogURL as Any?)
        case "alternates": alternates
        case "switcher": switcher
        case "hasSwitcher": hasSwitcher
        case "menu": menu
        case "navigation": navigation
        case "breadcrumbs": breadcrumbs
        case "toc": toc
        case "hasToc": hasToc
        case "tableOfContents": tableOfContents
        case "content": content
        case "dateISO": dateISO
        case "dateText": dateText
        case "previous": .some(previous as Any?)
        case "next": .some(next as Any?)
        case "hasNeighbours": hasNeighbours
        case "chapters": chapters
        case "strings": strings
        default: nil
        }
    }
}

extension NavView: ViewModelFields {
    func field(named name: String) -> Any?? {
        switch name {
        case "lang": lang
        case "homeHref": homeHref
        case "menu": menu
        case "strings": strings
        default: nil
        }
    }
}

extension PageView.Link: ViewModelFields {
    func field(named name: String) -> Any?? {
        switch name {
        case "title": title
        case "href": href
        case "isCurrent": isCurrent
        case "description": .some(description as Any?)
        default: nil
        }
    }
}

extension PageView.Alternate: ViewModelFields {
    func field(named name: String) -> Any?? {
        switch name {
        case "hreflang": hreflang
        case "href": href
        default: nil
        }
    }
}

extension PageView.SwitcherEntry: ViewModelFields {
    func field(named name: String) -> Any?? {
        switch name {
        case "lang": lang
        case "label": label
        case "href": href
        case "isHome": isHome
        default: nil
        }
    }
}

extension PageView.TocEntry: ViewModelFields {
    func field(named name: String) -> Any?? {
        switch name {
        case "id": id
        case "text": text
        case "children": children
        case "hasChildren": hasChildren
        default: nil
        }
    }
}

extension RedirectView: ViewModelFields {
    func field(named name: String) -> Any?? {
        switch name {
        case "lang": lang
        case "siteTitle": siteTitle
        case "targetHref": targetHref
        case "canonicalHref": canonicalHref
        case "stylesheetHref": stylesheetHref
        case "alternates": alternates
        case "languages": languages
        default: nil
        }
    }
}

extension RedirectView.LanguageLink: ViewModelFields {
    func field(named name: String) -> Any?? {
        switch name {
        case "lang": lang
        case "name": self.name
        case "href": href
        default: nil
        }
    }
}
