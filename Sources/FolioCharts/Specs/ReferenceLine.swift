/// A labelled horizontal (or, in horizontal bars, vertical) line at a value: a target or a benchmark.
public struct ReferenceLine: Sendable, Hashable {
    public var value: Double
    public var label: String

    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}
