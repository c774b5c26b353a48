import FolioDiagnostics
import Testing

@Suite struct EditDistanceTests {
    @Test func countsEdits() {
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("csat", "CSAT") == 0)
    }

    @Test func suggestsOnlyPlausibleNames() {
        let names = ["metrics/monthly.csv", "metrics/weekly.csv", "teams.csv"]
        #expect(EditDistance.nearest(to: "metrics/montly.csv", in: names).first == "metrics/monthly.csv")
        #expect(EditDistance.nearest(to: "zzzzzzzz", in: names).isEmpty)
    }
}
