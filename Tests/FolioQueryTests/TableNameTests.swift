import FolioQuery
import Testing

@Suite("TableName")
struct TableNameTests {
    @Test func joinsPathPartsWithUnderscoresAndDropsTheExtension() {
        #expect(TableName.of("metrics/monthly.csv") == "metrics_monthly")
        #expect(TableName.of("metrics/channel-mix.csv") == "metrics_channel_mix")
        #expect(TableName.of("tickets/tickets.csv") == "tickets_tickets")
        #expect(TableName.of("survey.json") == "survey")
        #expect(TableName.of("a b/c--d.v2.csv") == "a_b_c_d_v2")
    }

    @Test func keepsLettersOutsideASCIIAndGuardsALeadingDigit() {
        #expect(TableName.of("teams/göteborg.csv") == "teams_göteborg")
        #expect(TableName.of("2025/q1.csv") == "_2025_q1")
        #expect(TableName.of("-.csv") == "_")
    }
}
