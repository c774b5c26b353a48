import FolioDiagnostics
import FolioTestSupport
import Testing

@testable import FolioSite

@Suite struct FrontMatterTests {
    func problems(_ text: String) async -> [Diagnostic] {
        diagnostics { _ = try FrontMatter.split(text, path: "p.md") }
    }

    @Test func readsEveryField() throws {
        let split = try FrontMatter.split(
            "---\ntitle: Kanaler\ndescription: Om kanaler\nslug: kanal\nweight: 3\ndate: 2026-02-28\ndraft: true\ntranslationKey: ch\n---\n# Body\n",
            path: "p.md")
        #expect(
            split.frontMatter
                == FrontMatter(
                    title: "Kanaler", description: "Om kanaler", slug: "kanal", weight: 3, date: "2026-02-28",
                    draft: true, translationKey: "ch"))
        #expect(split.body == "# Body\n")
        #expect(split.bodyFirstLine == 10)
    }

    @Test func unknownKeyNamesKeyAndListsKnownOnes() async {
        let found = await problems("---\ntitle: A\nauthor: Bo\n---\n")
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(path: "p.md", line: 3, column: 1))
        #expect(found.first?.message == "unknown front-matter key 'author'")
        #expect(found.first?.hint?.contains("translationKey") == true)
    }

    @Test func missingTitleIsAnError() async {
        #expect(await problems("---\ndescription: x\n---\n").map(\.message) == ["front matter has no 'title'"])
        #expect(await problems("---\ntitle: \"  \"\n---\n").map(\.message) == ["'title' is empty"])
    }

    @Test func malformedYAMLPointsAtTheLine() async {
        let found = await problems("---\ntitle: A\nweight: [1, 2\n---\n")
        #expect(found.first?.location.line == 4 || found.first?.location.line == 3)
        #expect(found.first?.message.hasPrefix("invalid YAML") == true)
    }

    @Test func wrongTypesAreReportedTogether() async {
        let found = await problems("---\ntitle: A\nweight: heavy\ndraft: maybe\ndate: 2026-02-30\n---\n")
        #expect(found.map(\.location.line) == [3, 4, 5])
        #expect(
            found.map(\.message) == [
                "'weight' must be a whole number", "'draft' must be true or false",
                "'date' must be a date written YYYY-MM-DD, not '2026-02-30'",
            ])
    }

    @Test func missingOrUnclosedFenceIsAnError() async {
        #expect(await problems("title: A\n").first?.message == "missing front matter")
        #expect(await problems("---\ntitle: A\n").first?.message == "front matter is not closed")
    }

    @Test(arguments: [
        ("---", true), ("  ---\t", true), ("\t---", true), ("--- x", false), ("----", false), ("", false),
        ("\u{00A0}---", true), ("—", false), ("---\u{2003}", true), ("-- -", false), ("Ș---", false),
        ("Șară – parte", false), ("\u{2003}---\u{00A0}", true),
    ])
    func fenceLines(line: String, isFence: Bool) {
        #expect(FrontMatter.isFenceLine(line[...]) == isFence)
        var bytes = line
        #expect(bytes.withUTF8 { FrontMatter.isFenceLine($0) } == isFence)
        #expect((line.trimmingCharacters(in: .whitespaces) == "---") == isFence)
    }

    @Test(arguments: [
        ("---\ntitle: A\n---\nBody\n", "Body\n", 4),
        ("---\ntitle: A\n---", "", 4),
        ("  ---  \ntitle: Ă\nweight: 2\n\t---\n\n# Ș\n", "\n# Ș\n", 5),
        ("---\r\ntitle: A\r\n---\r\nBody", "Body", 4),
    ])
    func bodyStartsAfterTheClosingFence(text: String, body: String, firstLine: Int) throws {
        // `---\r` is no fence: SourceText turns \r\n into \n before pages get here.
        if text.contains("\r") {
            #expect(throws: (any Error).self) { try FrontMatter.split(text, path: "p.md") }
            return
        }
        let split = try FrontMatter.split(text, path: "p.md")
        #expect(split.body == body)
        #expect(split.bodyFirstLine == firstLine)
        #expect(split.frontMatter.title.hasPrefix("A") || split.frontMatter.title == "Ă")
    }
}
