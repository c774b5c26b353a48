/// How category labels fit under their bands: straight, wrapped onto two lines, rotated −45°, and
/// only as a last resort thinned (every k-th label of the rotated ones).
///
/// Readers lose information when labels are dropped, so thinning comes last: a multi-word name
/// ("Sociala medier") wraps first, a crowded axis of months rotates next. Widths come from
/// `TextMetrics`, which errs wide, so a layout that fits here fits on screen.
struct AxisLabelLayout: Sendable, Equatable {
    enum Mode: Sendable, Equatable {
        case straight
        case wrapped
        case rotated
    }

    var mode: Mode
    /// Per label its lines as drawn (one, or two when wrapped); cut names end in "…".
    var lines: [[String]]
    /// Indices of the labels drawn.
    var shown: [Int]

    /// Rotation of crowded labels, degrees (negative: reading upwards to the tick).
    static let angle = -45.0
    static let cosine = 0.5.squareRoot()
    /// Line height of wrapped labels.
    static let lineHeight = ChartCanvas.fontSize * 1.15
    /// Ascent and descent of a glyph line as shares of the font size, erring large.
    static let ascent = 0.8
    static let descent = 0.25
    /// Gap between the axis line and the top of rotated labels.
    static let rotatedGap = 4.0

    /// Chooses the first mode that fits `step` (the distance between band centres).
    static func make(labels fullLabels: [String], step: Double) -> AxisLabelLayout {
        let single = fullLabels.map { [CategoryAxis.axisLabel($0)] }
        let widest = { (lines: [[String]]) in lines.flatMap { $0 }.map(width).max() ?? 0 }
        if fullLabels.count < 2 || widest(single) + CategoryAxis.minimumGap <= step {
            return AxisLabelLayout(mode: .straight, lines: single, shown: Array(fullLabels.indices))
        }
        let wrapped = fullLabels.map(twoLines)
        if wrapped.contains(where: { $0.count > 1 }), widest(wrapped) + CategoryAxis.minimumGap <= step {
            return AxisLabelLayout(mode: .wrapped, lines: wrapped, shown: Array(fullLabels.indices))
        }
        return rotated(labels: fullLabels, step: step)
    }

    /// The rotated layout, thinned to every k-th label when even rotated ones would touch.
    static func rotated(labels fullLabels: [String], step: Double) -> AxisLabelLayout {
        let single = fullLabels.map { [CategoryAxis.axisLabel($0)] }
        let every = step > 0 ? max(1, Int((rotatedSpacing / step).rounded(.up))) : max(1, fullLabels.count)
        return AxisLabelLayout(
            mode: .rotated, lines: single, shown: Array(stride(from: 0, to: fullLabels.count, by: every)))
    }

    /// Distance between band centres at which parallel rotated labels keep a 2-unit gap: their
    /// baselines lie `step · sin 45°` apart, and one line of glyphs is ascent + descent high.
    static var rotatedSpacing: Double {
        ((ascent + descent) * ChartCanvas.fontSize + 2) / cosine
    }

    /// Height the labels take below the plot's bottom edge.
    var depth: Double {
        switch mode {
        case .straight: CategoryAxis.labelOffset + 8
        case .wrapped: CategoryAxis.labelOffset + Self.lineHeight + 8
        case .rotated:
            Self.rotatedGap + Self.ascent * ChartCanvas.fontSize * Self.cosine
                + (shown.map { Self.width(lines[$0][0]) }.max() ?? 0) * Self.cosine
                + Self.descent * ChartCanvas.fontSize * Self.cosine + 6
        }
    }

    /// How far left of its band centre label `index` reaches (rotated labels hang down to the left).
    func leftReach(of index: Int) -> Double {
        switch mode {
        case .rotated:
            (Self.width(lines[index][0]) + Self.ascent * ChartCanvas.fontSize) * Self.cosine - Self.anchorShift
        case .straight, .wrapped: (lines[index].map(Self.width).max() ?? 0) / 2
        }
    }

    /// Rotated labels end a little right of the band centre, so their middle line meets the tick.
    static let anchorShift = ChartCanvas.fontSize * 0.25

    /// Where the rotated text ends (its anchor) below band centre `x`.
    static func rotatedAnchor(x: Double, plotBottom: Double) -> (x: Double, y: Double) {
        (x + anchorShift, plotBottom + rotatedGap + ascent * ChartCanvas.fontSize * cosine)
    }

    static func width(_ text: String) -> Double { TextMetrics.width(of: text, fontSize: ChartCanvas.fontSize) }

    /// A multi-word label split at the space that best balances its two lines, each line cut to
    /// the axis limit; one word stays one line.
    static func twoLines(_ label: String) -> [String] {
        let words = label.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count > 1 else { return [CategoryAxis.axisLabel(label)] }
        var best: [String] = []
        var bestWidth = Double.infinity
        for split in 1..<words.count {
            let lines = [words[..<split].joined(separator: " "), words[split...].joined(separator: " ")]
                .map(CategoryAxis.axisLabel)
            let widest = lines.map(width).max() ?? 0
            if widest < bestWidth {
                best = lines
                bestWidth = widest
            }
        }
        return best
    }
}
