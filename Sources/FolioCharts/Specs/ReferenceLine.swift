/// A labelled horizontal (or, in horizontal bars, vertical) line at a value: a target or a benchmark.
struct ReferenceLine: Sendable, Hashable {
    var value: Double
    var label: String
}
