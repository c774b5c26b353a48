import Foundation
import Testing

@testable import FolioMarkdown

/// GitHub's own examples for its Markdown extensions, read at test time from `shared/gfm-spec/`
/// beside the repository: every example of `spec.txt` tagged `table`, `strikethrough`, `autolink`,
/// `tagfilter` or `disabled` (the task list examples the spec runner skips only because they show
/// `<input>` attributes in another order, which normalising makes equal), and every example of
/// `extensions.txt`. Compared after `HTMLNormalizer`, as cmark-gfm's spec runner compares.
@Suite struct GFMSpecTests {
    /// cmark-gfm's markup, raw HTML on with GFM's tag filter, no typography (the spec's settings).
    static let renderer: MarkdownRenderer = {
        var renderer = MarkdownRenderer(allowsRawHTML: true)
        renderer.markup = .gfm
        renderer.filtersRawHTMLTags = true
        return renderer
    }()

    static let extensionTags: Set<String> = ["table", "strikethrough", "autolink", "tagfilter", "disabled"]

    static let specExamples = SpecExample.examples(in: "spec.txt").filter { !extensionTags.isDisjoint(with: $0.tags) }
    static let extensionExamples = SpecExample.examples(in: "extensions.txt")

    @Test func specFilesAreFoundBesideTheRepository() {
        #expect(Self.specExamples.count == 24, "read from \(SpecExample.folder.path)")
        #expect(Self.extensionExamples.count == 28, "read from \(SpecExample.folder.path)")
    }

    @Test(arguments: specExamples)
    func specExtensionExample(_ example: SpecExample) throws {
        try check(example)
    }

    @Test(arguments: extensionExamples)
    func extensionsExample(_ example: SpecExample) throws {
        try check(example)
    }

    private func check(_ example: SpecExample) throws {
        let html = try Self.renderer.render(example.markdown, path: example.file).html
        // `<IGNORE>`: the example only has to render at all.
        guard example.html != "<IGNORE>\n" else { return }
        #expect(
            HTMLNormalizer.normalize(html) == HTMLNormalizer.normalize(example.html),
            "\(example.testDescription)\n\(example.markdown)")
    }
}
