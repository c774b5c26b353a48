import Testing

@testable import FolioMarkdown

@Suite struct SlugTests {
    @Test(arguments: [
        ("Kanaler och svarstider", "kanaler-och-svarstider"),
        ("Att mäta lojalitet", "att-mata-lojalitet"),
        ("Öppettider & kö", "oppettider-ko"),
        ("Măsurarea loialității", "masurarea-loialitatii"),
        ("Îndrumare și împuternicire", "indrumare-si-imputernicire"),
        ("Ţintă (cedilla) şi", "tinta-cedilla-si"),
        ("  -- NPS: 2026! --", "nps-2026"),
    ])
    func transliteratesConsistently(input: String, expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test func uniqueAppendsCounters() {
        var used: Set<String> = ["a"]
        #expect(Slug.unique("A", fallback: "x", used: &used) == "a-2")
        #expect(Slug.unique("A", fallback: "x", used: &used) == "a-3")
        #expect(Slug.unique("!!", fallback: "section", used: &used) == "section")
    }
}
