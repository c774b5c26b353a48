/// A body's per-section stem scores (`SearchBody.scores`), every section's one after another in
/// one array, 32 bits each: `stem << 13 | position << 5 | score` (a score is at most 30).
///
/// `folio serve` keeps a body's scores for every page; as an array of `UInt64` a section they were
/// 50 of the server's 482 MB at 10,002 pages (heaptrack, search on). A page with more distinct
/// stems than 19 bits number (half a million) keeps them as `UInt64`, as `scores` has them.
public struct SectionScores: Sendable, Equatable {
    private var narrow: [UInt32] = []
    private var wide: [UInt64] = []
    /// Where each section's scores end.
    private var ends: [Int32] = []

    /// Page-local stem numbers below this fit in `narrow`.
    static let narrowStems = 1 << 19

    /// `sections`, each its scores as `scores` has them, for a page of `stems` distinct stems.
    init(_ sections: [[UInt64]], stems: Int) {
        let total = sections.reduce(0) { $0 + $1.count }
        ends = Self.exact(sections.count) { ends in
            var end = 0
            for (index, section) in sections.enumerated() {
                end += section.count
                ends[index] = Int32(end)
            }
        }
        if stems < Self.narrowStems {
            narrow = Self.exact(total) { narrow in
                var next = 0
                for section in sections {
                    for score in section {
                        narrow[next] = UInt32(score >> 16) << 13 | UInt32(score >> 3 & 0x1fe0) | UInt32(score & 0x1f)
                        next += 1
                    }
                }
            }
        } else {
            wide = Self.exact(total) { wide in
                var next = 0
                for section in sections {
                    for score in section {
                        wide[next] = score
                        next += 1
                    }
                }
            }
        }
    }

    /// How many sections.
    public var count: Int { ends.count }

    /// The scores of section `index`, as `scores` has them: `stem << 16 | position << 8 | score`.
    public func section(_ index: Int) -> [UInt64] {
        let range = (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
        var scores: [UInt64] = []
        scores.reserveCapacity(range.count)
        forEach(inSection: index) { scores.append($0) }
        return scores
    }

    /// Calls `body` with each score of section `index`, as `section(index)` lists them.
    public func forEach(inSection index: Int, _ body: (UInt64) -> Void) {
        let range = (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
        guard wide.isEmpty else { return wide[range].forEach(body) }
        for score in narrow[range] {
            body(UInt64(score >> 13) << 16 | UInt64(score >> 5 & 0xff) << 8 | UInt64(score & 0x1f))
        }
    }

    /// An array of exactly `count` elements, filled by `fill`: kept for every page, so made to
    /// measure, not grown by doubling.
    private static func exact<Element: FixedWidthInteger>(
        _ count: Int, _ fill: (UnsafeMutableBufferPointer<Element>) -> Void
    ) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.initialize(repeating: 0)
            fill(buffer)
            initialized = count
        }
    }
}
