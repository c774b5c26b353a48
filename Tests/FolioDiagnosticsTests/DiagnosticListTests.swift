import FolioDiagnostics
import Testing

/// `DiagnosticList(flattening:at:)`: every caught error becomes diagnostics the same way.
@Suite struct DiagnosticListTests {
    struct Unrelated: Error, CustomStringConvertible {
        var description: String { "disk on fire" }
    }

    let fallback = SourceLocation(path: "content/sv/a.md", line: 3)

    @Test func keepsEveryDiagnosticOfAList() {
        let list = DiagnosticList([
            Diagnostic(SourceLocation(path: "b.md", line: 2), "second"),
            Diagnostic(SourceLocation(path: "a.md", line: 9), "first"),
        ])
        let flat = DiagnosticList(flattening: list, at: fallback)
        #expect(flat.diagnostics.map(\.message) == ["first", "second"])
    }

    @Test func keepsADiagnosticWithItsOwnLocationAndHint() {
        let diagnostic = Diagnostic(SourceLocation(path: "x.csv", line: 1, column: 4), "bad cell", hint: "fix it")
        #expect(DiagnosticList(flattening: diagnostic, at: fallback).diagnostics == [diagnostic])
    }

    @Test func placesAnyOtherErrorAtTheFallbackWithItsText() {
        let flat = DiagnosticList(flattening: Unrelated(), at: fallback)
        #expect(flat.diagnostics == [Diagnostic(fallback, "disk on fire")])
        #expect(flat.description == "content/sv/a.md:3: error: disk on fire")
    }
}
