/// Walks the values of a view model that a template can read, in the order of its `ViewFields`.
///
/// It records the view's shape (each flag, whether each optional is present, each list's length)
/// and its leaves (the strings a template can print). When probing, it also replaces every leaf
/// with a marker naming its position, so that rendering the probe shows where each leaf lands
/// (see `CompiledTemplate`). Fields whose names no template reads are skipped (`ViewFields.walk`):
/// they cannot change the output.
///
/// Invariant: views of one shape give the same number of leaves, since a text adds one leaf, and
/// an optional or a list adds its presence or length to the shape before its leaves.
/// `CompiledTemplate` relies on it.
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

    mutating func text(_ value: inout String) {
        leaves.append(value)
        if probing { value = LeafMarker.text(leaves.count - 1) }
    }

    mutating func text(_ value: inout String?) {
        guard let present = value else {
            shape.append(0)
            return
        }
        shape.append(1)
        leaves.append(present)
        if probing { value = LeafMarker.text(leaves.count - 1) }
    }

    mutating func flag(_ value: Bool) {
        shape.append(value ? 1 : 0)
    }

    /// Probing: replaces the texts of every item.
    mutating func list<Item: ViewModelFields>(_ items: inout [Item]) {
        shape.append(items.count)
        for index in items.indices { items[index].walk(&self) }
    }

    /// Reading only: walking copies leaves the view's own array unshared and uncopied.
    mutating func list<Item: ViewModelFields>(reading items: [Item]) {
        shape.append(items.count)
        for item in items {
            var copy = item
            copy.walk(&self)
        }
    }

    mutating func item<Item: ViewModelFields>(_ item: inout Item?) {
        guard var present = item else {
            shape.append(0)
            return
        }
        shape.append(1)
        present.walk(&self)
        if probing { item = present }
    }
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
