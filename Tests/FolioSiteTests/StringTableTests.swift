import FolioTestSupport
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
        let root = Repository.root.appendingPathComponent("templates/strings")
        let tables = try ["sv", "ro"].map { code in
            try StringTable.parse(
                String(contentsOf: root.appendingPathComponent("\(code).yml"), encoding: .utf8), language: code,
                path: code)
        }
        #expect(StringTable.missingKeys(in: tables, required: StringTable.templateKeys).isEmpty)
    }
}
