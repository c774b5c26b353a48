import FolioData

/// What every chart kind needs besides its data: the spec, the page-unique id, locale and words.
struct ChartContext: Sendable {
    var spec: ChartSpec
    /// Prefix of every id in the chart (`chart-2-title`, `chart-2-hatch-dots`).
    var id: String
    var formatter: ValueFormatter
    var strings: ChartStrings
    /// The viewBox a cartesian kind starts from; small multiples draw on a smaller one.
    var canvas: (width: Double, height: Double) = (ChartCanvas.width, ChartCanvas.height)
    /// Values of the other panels of a small multiple: the value axis covers them too, so every
    /// panel shares one scale. Empty for a single chart.
    var sharedValues: [Double] = []

    /// Targets and references as lines to draw, target first: `Mål 85 %`.
    var referenceLines: [ReferenceLine] {
        spec.targets.map {
            ReferenceLine(value: $0, label: strings.target + " " + spec.format.text($0, formatter: formatter))
        }
            + spec.references.map {
                let value = spec.format.text($0.value, formatter: formatter)
                return ReferenceLine(value: $0.value, label: $0.label.isEmpty ? value : $0.label + " " + value)
            }
    }

    /// Nice ticks for a value axis covering `values` and any reference lines, honouring min/max/zero.
    func valueTicks(
        covering values: [Double], includeZero: Bool? = nil, count: Int = 5,
        withReferences: Bool = true
    ) -> NiceTicks {
        let all = values + (withReferences ? referenceLines.map(\.value) : [])
        let largest = all.map(abs).max() ?? 0
        return NiceTicks(
            covering: all, count: count, includeZero: includeZero ?? spec.includesZero,
            unit: spec.format.tickUnit(largest: largest), minimum: spec.minimum, maximum: spec.maximum)
    }

    func tickLabels(for ticks: NiceTicks) -> [String] {
        ticks.values.map { spec.format.tickLabel($0, ticks: ticks, formatter: formatter) }
    }
}
