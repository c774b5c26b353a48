/// Divides a pixel range into equal bands, one per category (month, channel), for bars and points.
///
/// Lines use band centres too, so a line and a bar chart of the same data put a month at the same x.
struct BandScale: Sendable, Hashable {
    var count: Int
    var start: Double
    var end: Double
    /// Share of each step left empty between bars (0…1).
    var padding: Double

    init(count: Int, range: (Double, Double), padding: Double = 0.2) {
        self.count = count
        self.start = range.0
        self.end = range.1
        self.padding = padding
    }

    /// Distance from one band's start to the next.
    var step: Double { count > 0 ? (end - start) / Double(count) : 0 }

    /// The drawn width of one band (a bar).
    var bandwidth: Double { step * (1 - padding) }

    /// Where band `index`'s bar begins.
    func bandStart(at index: Int) -> Double {
        start + step * Double(index) + step * padding / 2
    }

    /// The middle of band `index`: where its label and line point go.
    func center(at index: Int) -> Double {
        start + step * (Double(index) + 0.5)
    }
}
