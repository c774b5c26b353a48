import FolioTheme
import Testing

@testable import FolioSite

@Suite struct StringTableTests {
    @Test func reportsKeysMissingInEitherLanguage() throws {
        let sv = try StringTable.parse("menu: Meny\nextra: X\n", language: "sv", path: "sv.yml")
        let ro = try StringTable.parse("menu: Meniu\n", language: "ro", path: "ro.yml")
        let missing = StringTable.missingKeys(in: [sv, ro], required: ["menu", "contents"])
        #expect(
            missing.map(\.description).sorted() == [
                "ro.yml: error: interface string 'contents' is missing for language 'ro'\n  help: add `contents: …` to ro.yml",
                "ro.yml: error: interface string 'extra' is missing for language 'ro'\n  help: add `extra: …` to ro.yml",
                "sv.yml: error: interface string 'contents' is missing for language 'sv'\n  help: add `contents: …` to sv.yml",
            ])
    }

    @Test func bundledTablesAreComplete() throws {
        let tables = try SiteTheme.shippedLanguages.map(Self.shipped)
        #expect(tables.count == 7)
        #expect(StringTable.missingKeys(in: tables, required: StringTable.templateKeys).isEmpty)
    }

    /// Every shipped file has exactly Swedish's keys, in Swedish's order and under the same section
    /// comments, so translators can read the files side by side.
    @Test(arguments: ["ro", "en", "de", "fi", "nb", "da"])
    func shippedTableHasExactlyTheSwedishKeys(language: String) throws {
        #expect(try Self.outline(of: language) == Self.outline(of: "sv"))
    }

    /// A translation keeps every `{placeholder}` of the Swedish string, and adds none.
    @Test(arguments: ["ro", "en", "de", "fi", "nb", "da"])
    func shippedTableKeepsThePlaceholders(language: String) throws {
        let swedish = try Self.shipped("sv")
        let table = try Self.shipped(language)
        for (key, value) in swedish.values {
            #expect(Self.placeholders(in: table[key]) == Self.placeholders(in: value), "\(language): \(key)")
        }
    }

    /// A strings file of the built-in theme (`templates/strings/<code>.yml`, compiled in).
    static func text(of code: String) throws -> String {
        try #require(BuiltInTheme.files["strings/\(code).yml"], "Folio ships no strings/\(code).yml")
    }

    static func shipped(_ code: String) throws -> StringTable {
        try StringTable.parse(text(of: code), language: code, path: "templates/strings/\(code).yml")
    }

    /// A strings file's keys and comments, in order, without the first line (which names the language).
    static func outline(of code: String) throws -> [String] {
        try text(of: code).split(separator: "\n").dropFirst().map { line in
            line.hasPrefix("#") ? String(line) : String(line.prefix { $0 != ":" })
        }
    }

    static func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
