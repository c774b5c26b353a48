import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

@Suite struct SourceRevisionLineTests {
    func set(_ text: String, _ revision: String = "d380bb51") throws -> String {
        String(decoding: try SourceRevisionLine.setting(revision, in: Array(text.utf8), path: "x.md"), as: UTF8.self)
    }

    @Test func replacesOnlyTheSourceRevisionLine() throws {
        let before = "---\ntitle: Canale  # comment\nsourceRevision: 00000000\nweight: 1\n---\nText \"citat\".\n"
        #expect(
            try set(before)
                == "---\ntitle: Canale  # comment\nsourceRevision: d380bb51\nweight: 1\n---\nText \"citat\".\n")
    }

    @Test func addsTheLineBeforeTheClosingFenceWhenAbsent() throws {
        #expect(
            try set("---\ntitle: A\n---\nbody\n---\n") == "---\ntitle: A\nsourceRevision: d380bb51\n---\nbody\n---\n")
    }

    @Test func keepsWindowsLineEndingsAndAByteOrderMark() throws {
        #expect(
            try set("\u{FEFF}---\r\ntitle: A\r\n---\r\nb\r\n")
                == "\u{FEFF}---\r\ntitle: A\r\nsourceRevision: d380bb51\r\n---\r\nb\r\n")
        #expect(try set("---\r\nsourceRevision: 1\r\n---\r\n") == "---\r\nsourceRevision: d380bb51\r\n---\r\n")
    }

    @Test func ignoresSourceRevisionInTheBodyAndIndentedKeys() throws {
        let before = "---\ntitle: A\nextra:\n  sourceRevision: 1\n---\nsourceRevision: 2\n"
        #expect(
            try set(before)
                == "---\ntitle: A\nextra:\n  sourceRevision: 1\nsourceRevision: d380bb51\n---\nsourceRevision: 2\n")
    }

    @Test func refusesAFileWithoutClosedFrontMatter() {
        let missing = diagnostics { _ = try set("title: A\n") }
        #expect(missing.map(\.message) == ["missing front matter"])
        let open = diagnostics { _ = try set("---\ntitle: A\n") }
        #expect(open.map(\.message) == ["front matter is not closed"])
    }

    @Test func statusJSONListsEveryPageAndLanguage() throws {
        try withFixtureSite("translations-site") { site in
            let json = try TranslationStatus.load(sourceRoot: site.root).json()
            #expect(json.contains("\"sourceLanguage\" : \"sv\""))
            #expect(json.contains("\"status\" : \"missing\""))
            #expect(json.contains("\"status\" : \"stale\""))
            #expect(json.contains("\"status\" : \"untracked\""))
        }
    }
}
