import FolioData
import FolioTestSupport
import Foundation
import Testing

@testable import FolioData

/// Inputs `make fuzz` found crashing, kept verbatim so the crash cannot come back.
@Suite struct FuzzRegressionTests {
    /// FuzzCSV, crash-74335c53: `2888888888888888888:30` read as a clock duration overflowed `Int`
    /// (arithmetic overflow trap in `DurationParser.clockSeconds`) during column inference.
    @Test func hugeClockDurationInCSVDoesNotTrap() throws {
        let input = try #require(
            Data(
                base64Encoded:
                    "bW9udGgBAQE6AQErCQEyMjIyMixbc2hhcm1nLjMsOTEuOSw2CjI4ODg4ODg4ODg4ODg4ODg4ODg6MzAsODclLDIwMjYsCg=="
            ))
        _ = diagnostics { try CSVReader().read([UInt8](input), path: "fuzz.csv") }
        let parser = DurationParser(numbers: NumberParser(), plainUnit: .minutes)
        #expect(parser.parse("2888888888888888888:30")?.seconds == 2_888_888_888_888_888_888.0 * 60 + 30)
        #expect(parser.parse("9223372036854775807:59:59") != nil)
    }

    /// Found while fixing the above: a duration over `Int.max` minutes trapped in `ValueFormatter.duration`.
    @Test func hugeDurationIsFormattedWithoutTrapping() throws {
        let formatter = ValueFormatter(localeIdentifier: "sv_SE")
        let huge = String(repeating: "9", count: 30)
        let table = try readCSV(
            "month,aht\n2026-01,\(huge) min\n2026-02,\(huge)\n", schema: TableSchema(columnTypes: ["aht": .duration]))
        for cell in try #require(table.column(named: "aht")).values {
            #expect(formatter.format(cell, as: .duration).hasSuffix("s"))
        }
        #expect(formatter.duration(seconds: 1e30).withPlainSpaces.hasSuffix(" s"))
    }

    /// Found while fixing the above: 400 digits parsed to infinity, which reached charts as a value.
    @Test func numberTooLargeForADoubleIsNotANumber() {
        let digits = String(repeating: "9", count: 400)
        #expect(NumberParser().number(from: digits) == nil)
        let found = diagnostics {
            try readCSV(
                "month,calls\n2026-01,1\n2026-02,\(digits)\n", schema: TableSchema(columnTypes: ["calls": .number]))
        }
        #expect(found.map(\.position) == ["3:9"])
    }
}
