import Testing

@testable import FolioCharts
@testable import FolioDirectives

@Suite struct ChartStringsTests {
    @Test func fillsEveryKeyFromATable() throws {
        let strings = try Fixture.strings
        #expect(strings.dataTable == "Visa data")
        #expect(strings.comparedWithPrevious == "jämfört med föregående period")
        #expect(Set(ChartStrings.keys) == Set(Fixture.swedish.keys))
    }

    @Test func reportsEveryMissingKey() {
        var table = Fixture.swedish
        table["trend"] = nil
        table["noData"] = nil
        #expect(throws: ChartStrings.MissingKeys(keys: ["trend", "noData"])) {
            try ChartStrings(lookup: { table[$0] })
        }
    }
}
