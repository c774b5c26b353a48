/// One field of a view model that a template can read: its name, its value as Mustache sees it,
/// and how `LeafWalker` visits it.
///
/// Each view model lists its fields once, in a `ViewFields` table, so the Mustache lookup
/// (`ViewModelFields.child(named:)`) and the compiled-template walk cannot disagree about which
/// fields exist or what kind each is.
struct ViewField<View>: Sendable {
    let name: String
    let kind: ViewFieldKind
    /// The value for Mustache: `.some(nil)` for an empty optional, as `Mirror` gives it.
    let value: @Sendable (View) -> Any??
    /// Records the field in `walker`; when probing, replaces its texts in `view` with markers.
    let walk: @Sendable (inout View, inout LeafWalker) -> Void

    static func text(_ name: String, _ path: WritableKeyPath<View, String> & Sendable) -> ViewField {
        ViewField(
            name: name, kind: .text, value: { $0[keyPath: path] },
            walk: { view, walker in
                if walker.probing {
                    walker.text(&view[keyPath: path])
                } else {
                    var value = view[keyPath: path]
                    walker.text(&value)
                }
            })
    }

    static func text(_ name: String, _ path: WritableKeyPath<View, String?> & Sendable) -> ViewField {
        ViewField(
            name: name, kind: .optionalText, value: { .some($0[keyPath: path] as Any?) },
            walk: { view, walker in
                if walker.probing {
                    walker.text(&view[keyPath: path])
                } else {
                    var value = view[keyPath: path]
                    walker.text(&value)
                }
            })
    }

    static func flag(_ name: String, _ path: KeyPath<View, Bool> & Sendable) -> ViewField {
        ViewField(
            name: name, kind: .flag, value: { $0[keyPath: path] },
            walk: { view, walker in walker.flag(view[keyPath: path]) })
    }

    /// `SendableMetatype`: the `@Sendable` closures below capture `Item`'s type (its field table).
    static func list<Item: ViewModelFields & SendableMetatype>(
        _ name: String, _ path: WritableKeyPath<View, [Item]> & Sendable
    )
        -> ViewField
    {
        ViewField(
            name: name, kind: .list, value: { $0[keyPath: path] },
            walk: { view, walker in
                if walker.probing {
                    walker.list(&view[keyPath: path])
                } else {
                    walker.list(reading: view[keyPath: path])
                }
            })
    }

    static func item<Item: ViewModelFields & SendableMetatype>(
        _ name: String, _ path: WritableKeyPath<View, Item?> & Sendable
    )
        -> ViewField
    {
        ViewField(
            name: name, kind: .item, value: { .some($0[keyPath: path] as Any?) },
            walk: { view, walker in
                if walker.probing {
                    walker.item(&view[keyPath: path])
                } else {
                    var value = view[keyPath: path]
                    walker.item(&value)
                }
            })
    }

    static func fixedPerLanguage(_ name: String, _ path: KeyPath<View, [String: String]> & Sendable) -> ViewField {
        ViewField(name: name, kind: .fixedPerLanguage, value: { $0[keyPath: path] }, walk: { _, _ in })
    }
}

/// What `LeafWalker` records for a field of a view model.
enum ViewFieldKind: Sendable, Equatable {
    /// A `String`: one leaf.
    case text
    /// A `String?`: presence in the shape, and one leaf when present.
    case optionalText
    /// A `Bool`: in the shape.
    case flag
    /// An array of view models: its length in the shape, then each item's fields.
    case list
    /// An optional view model: presence in the shape, then its fields when present.
    case item
    /// Read by templates but not walked: the interface strings, fixed per language, which keys
    /// the compiled templates (as it keys `NavigationCache`).
    case fixedPerLanguage
}
