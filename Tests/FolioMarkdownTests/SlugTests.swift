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

    /// The scalar table must give what the character-by-character reference gives, for every
    /// scalar in it, alone and between letters, spaces, other table scalars and combining marks.
    @Test func tableMatchesCharacters() {
        let scalars = Slug.tablePieces.keys.sorted().compactMap(Unicode.Scalar.init)
        #expect(scalars.count > 400)
        var mismatches: [String] = []
        for scalar in scalars {
            let c = String(Character(scalar))
            for text in [c, "a\(c)b", " \(c) x", "\(c)\(c)", "X\(c)ă-\(c)", "\(c)\u{301}", "e\u{301}\(c)", "\(c)İ"] {
                if Slug.make(text) != Slug.makeByCharacters(text) { mismatches.append(text) }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test(arguments: [
        ("Kundnöjdhet – så mäter du", "kundnojdhet-sa-mater-du"),
        ("„Ghid” pentru echipă", "ghid-pentru-echipa"),
        ("Café e\u{301}clair", "cafe-eclair"),
        ("Ελληνικά", "ελληνικά"),
    ])
    func nonASCIIPaths(input: String, expected: String) {
        #expect(Slug.make(input) == expected)
        #expect(Slug.makeByCharacters(input) == expected)
    }
}
