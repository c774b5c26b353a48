import FolioQuery
import Testing

@Suite struct SourceDeclarationTests {
    @Test func theFirstLineNamesTheSource() {
        #expect(SourceDeclaration.source(in: "-- source: warehouse\nSELECT 1") == "warehouse")
        #expect(SourceDeclaration.source(in: "--source:warehouse  \r\nSELECT 1") == "warehouse")
    }

    @Test func onlyTheFirstLineCounts() {
        #expect(SourceDeclaration.source(in: "SELECT 1\n-- source: warehouse") == nil)
        #expect(SourceDeclaration.source(in: "-- a comment\n-- source: warehouse\nSELECT 1") == nil)
        #expect(SourceDeclaration.source(in: "-- source:\nSELECT 1") == nil)
    }

    @Test func theSnapshotLivesUnderSnapshots() {
        #expect(SourceDeclaration.snapshotPath(for: "support/p90") == "snapshots/support/p90.csv")
    }
}
