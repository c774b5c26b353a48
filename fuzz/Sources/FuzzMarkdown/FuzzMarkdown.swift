import FolioDiagnostics
import FolioDirectives
import FolioMarkdown
import FuzzCommon

/// libFuzzer entry: a page body through cmark, quote typesetting, heading ids and the chart, kpi
/// and table directives, with raw HTML off as in a default site.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let markdown = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let engine = MarkdownRenderer(
        quoteStyle: .swedish,
        directiveNames: Set(DirectiveKind.allCases.map(\.rawValue)),
        reservedIDs: ["main", "toc-title", "chapters-title"]
    )
    FuzzOracle.expectDiagnostics(path: "content/sv/fuzz.md") {
        let rendered = try engine.render(
            markdown, path: "content/sv/fuzz.md", firstLine: 4,
            expand: { directive in
                guard let kind = DirectiveKind(rawValue: directive.name), let renderer = FuzzTables.renderer else {
                    return ""
                }
                return try renderer.render(
                    kind, yaml: directive.body, location: directive.location,
                    id: "\(directive.name)-\(directive.ordinal)"
                ).html
            },
            rewriteLink: { $0 })
        FuzzOracle.require(!rendered.html.contains("<script"), "raw <script got through with raw HTML off")
        var ids = Set<String>()
        for heading in rendered.headings {
            FuzzOracle.require(ids.insert(heading.id).inserted, "duplicate heading id \(heading.id)")
        }
    }
    return 0
}
