import Testing

@testable import FolioCharts

@Suite struct LinearScaleTests {
    @Test func mapsDomainOntoInvertedRange() {
        let scale = LinearScale(domain: (0, 100), range: (250, 50))
        #expect(scale.position(of: 0) == 250)
        #expect(scale.position(of: 100) == 50)
        #expect(scale.position(of: 25) == 200)
    }

    @Test func clampsValuesOutsideTheDomain() {
        let scale = LinearScale(domain: (0, 10), range: (100, 0))
        #expect(scale.clampedPosition(of: 20) == 0)
        #expect(scale.clampedPosition(of: -5) == 100)
    }

    @Test func zeroWidthDomainMapsToMiddle() {
        #expect(LinearScale(domain: (3, 3), range: (0, 10)).position(of: 3) == 5)
    }
}

@Suite struct BandScaleTests {
    @Test func splitsRangeIntoEqualBands() {
        let band = BandScale(count: 4, range: (0, 400), padding: 0.2)
        #expect(band.step == 100)
        #expect(band.bandwidth == 80)
        #expect(band.bandStart(at: 1) == 110)
        #expect(band.center(at: 2) == 250)
    }

    @Test func emptyScaleHasNoStep() {
        #expect(BandScale(count: 0, range: (0, 100)).step == 0)
    }
}

@Suite struct CategoryAxisTests {
    @Test func thinsLabelsThatWouldOverlap() {
        let labels = (1...12).map { "månad \($0)" }
        let positions = (0..<12).map { Double($0) * 30 }
        let shown = CategoryAxis.visibleIndices(positions: positions, labels: labels)
        #expect(shown.first == 0)
        #expect(shown.count < 12)
        let spacing = Double(shown[1] - shown[0]) * 30
        #expect(spacing >= ValueAxis.widestLabel(labels))
    }

    @Test func keepsEveryLabelWhenThereIsRoom() {
        let shown = CategoryAxis.visibleIndices(positions: [0, 100, 200], labels: ["a", "b", "c"])
        #expect(shown == [0, 1, 2])
    }
}
