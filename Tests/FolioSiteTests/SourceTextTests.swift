import FolioDiagnostics
import FolioFormats
import Testing

@testable import FolioSite

@Suite struct SourceTextTests {
    @Test func dropsBOMAndNormalisesCRLF() throws {
        #expect(try SourceText.decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb".utf8), path: "x") == "a\nb")
    }

    @Test(arguments: [
        ([0x61, 0x0A, 0xC3, 0xA5, 0xFF] as [UInt8], 2, 2),  // "a\nå" then a stray byte
        ([0xE2, 0x82] as [UInt8], 1, 1),  // truncated sequence
        ([0x61, 0xED, 0xA0, 0x80] as [UInt8], 1, 2),  // UTF-16 surrogate encoded in UTF-8
        ([0xC0, 0xAF] as [UInt8], 1, 1),  // overlong
    ])
    func rejectsInvalidUTF8WithPosition(bytes: [UInt8], line: Int, column: Int) {
        #expect {
            try SourceText.decode(bytes, path: "x.md")
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.location == SourceLocation(path: "x.md", line: line, column: column)
                && diagnostic.message.hasPrefix("file is not valid UTF-8")
        }
    }
}
