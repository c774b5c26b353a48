/// A rectangle in viewBox units (y grows downwards), e.g. the plot area inside the margins.
struct Rect: Sendable, Hashable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
}
