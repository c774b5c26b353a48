/// A view model's fields, written once: the table both the Mustache lookup and `LeafWalker` read.
///
/// Before this table, `PageView`'s fields were written three times (the struct, a `switch` for
/// Mustache, a walk for compiled templates); a field added to one list and not the others printed
/// the probe page's text on other pages. `ViewModelFieldsTests` holds every table to the stored
/// properties `Mirror` finds.
struct ViewFields<View>: Sendable {
    /// In declaration order, which is the walking order (the order of a shape's entries and leaves).
    let all: [ViewField<View>]
    private let positions: [String: Int]

    init(_ fields: [ViewField<View>]) {
        all = fields
        var positions: [String: Int] = [:]
        for (index, field) in fields.enumerated() {
            // The tables are written in the source, never by authors.
            precondition(positions.updateValue(index, forKey: field.name) == nil, "field '\(field.name)' listed twice")
        }
        self.positions = positions
    }

    /// The field called `name`, if the view model lists one.
    func field(named name: String) -> ViewField<View>? {
        positions[name].map { all[$0] }
    }

    /// `name`'s value in `view`: nil when there is no such field, `.some(nil)` when it is empty.
    func value(of name: String, in view: View) -> Any?? {
        guard let index = positions[name] else { return nil }
        return all[index].value(view)
    }

    /// Walks the fields of `view` the template reads (`walker.used`), in table order.
    func walk(_ view: inout View, _ walker: inout LeafWalker) {
        for field in all where walker.used.contains(field.name) {
            field.walk(&view, &walker)
        }
    }
}
