import FolioDiagnostics
import FolioTestSupport
import Testing

@testable import FolioYAML

/// One reader for files and blocks: the same positions, the same wording, the same key checks.
@Suite struct YAMLReaderTests {
    @Test func syntaxErrorsReadTheSameInFilesAndBlocks() throws {
        let broken = "title: [a, b\nweight: 2\n"
        let file = try #require(diagnostic { _ = try YAMLReader(path: "site.yml", lineOffset: 1).mapping(broken) })
        let block = try #require(
            diagnostic {
                _ = try YAMLBlock.parse(
                    broken, name: "chart", origin: SourceLocation(path: "a.md", line: 5, column: 1))
            })
        #expect(file.message.hasPrefix("invalid YAML: "))
        #expect(block.message == "chart: " + file.message.replacingOccurrences(of: "site.yml:2", with: "a.md:5"))
        #expect(file.hint == block.hint)
        #expect(file.location.line.map { $0 - 1 } == block.location.line.map { $0 - 4 })
    }

    @Test func unknownKeysSuggestTheNearestAndListAll() throws {
        let reader = YAMLReader(path: "content/site.yml")
        let entries = try reader.mapping("baseURL: x\ndefaultLanguge: sv\n")
        let found = reader.rejectUnknownKeys(entries, known: ["baseURL", "defaultLanguage"], what: "site.yml")
        #expect(found.count == 1)
        #expect(found.first?.message == "unknown site.yml key 'defaultLanguge'")
        #expect(found.first?.hint == "did you mean 'defaultLanguage'? known keys: baseURL, defaultLanguage")
        #expect(found.first?.location == SourceLocation(path: "content/site.yml", line: 2, column: 1))
    }

    @Test func farKeysGetOnlyTheList() {
        #expect(YAMLReader.knownKeysHint(for: "colour", ["title", "date"]) == "known keys: title, date")
    }

    @Test func blockKeysAreCheckedWithTheSameHint() throws {
        let block = try YAMLBlock.parse(
            "titel: T\n", name: "chart", origin: SourceLocation(path: "a.md", line: 3, column: 1))
        let found = try #require(diagnostic { try block.checkKeys(["type", "title"]) })
        #expect(found.message == "chart: unknown key 'titel'")
        #expect(found.hint == "did you mean 'title'? known keys: type, title")
        #expect(found.location == SourceLocation(path: "a.md", line: 3, column: 1))
    }

    @Test func quantitiesReadAsAuthorsWriteThem() {
        #expect(SpecQuantity.parse("85%") == 0.85)
        #expect(SpecQuantity.parse("480 min") == 28_800)
        #expect(SpecQuantity.parse("87,5") == 87.5)
        #expect(SpecQuantity.parse("many") == nil)
    }
}
