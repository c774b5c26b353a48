import FolioDiagnostics
import FolioDirectives
import FuzzCommon

/// libFuzzer entry: the text of a ```chart block (also tried as ```kpi and ```table), over the
/// playbook's metric tables and a table of hostile cells.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChart(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let yaml = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    guard let renderer = FuzzTables.renderer else { return 0 }
    let location = SourceLocation(path: "content/sv/fuzz.md", line: 10, column: 1)
    for kind in DirectiveKind.allCases {
        FuzzOracle.expectDiagnostics(path: "content/sv/fuzz.md") {
            let html = try renderer.render(kind, yaml: yaml, location: location, id: "\(kind.rawValue)-1").html
            FuzzOracle.require(!html.contains("<script"), "unescaped <script in \(kind) output")
            FuzzOracle.require(!html.contains("<img"), "unescaped <img in \(kind) output")
        }
    }
    return 0
}
