import Foundation
import Testing

/// One example of a CommonMark-style spec file: the Markdown, the HTML it must give, and the
/// extension words after `example` (`table`, `autolink`, `disabled`…), as cmark-gfm's
/// `test/spec_tests.py` reads them.
struct SpecExample: Sendable, CustomTestStringConvertible {
    var file: String
    var number: Int
    var line: Int
    var section: String
    var markdown: String
    var html: String
    var tags: [String]

    var testDescription: String { "\(file) example \(number) (line \(line), \(section))" }

    /// The folder with GitHub's spec files: `shared/gfm-spec` beside the repository (so never copied in).
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/gfm-spec")

    /// Every example of `name` in the spec folder; empty when the file cannot be read.
    static func examples(in name: String) -> [SpecExample] {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
            return []
        }
        return parse(String(decoding: data, as: UTF8.self), file: name)
    }

    /// The examples of a spec text; `→` stands for a tab, as in the spec.
    static func parse(_ text: String, file: String) -> [SpecExample] {
        let fence = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var section = ""
        var state = 0  // 0 prose, 1 Markdown, 2 HTML
        var markdown = ""
        var html = ""
        var tags: [String] = []
        var start = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if state == 0, line.hasPrefix(fence + " example") {
                tags = line.dropFirst(fence.count + 8).split(separator: " ").map(String.init)
                state = 1
                start = index + 1
                markdown = ""
                html = ""
            } else if state != 0, line == fence {
                examples.append(
                    SpecExample(
                        file: file, number: examples.count + 1, line: start, section: section,
                        markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
                        html: html.replacingOccurrences(of: "→", with: "\t"), tags: tags))
                state = 0
            } else if state == 1, line == "." {
                state = 2
            } else if state == 1 {
                markdown += line + "\n"
            } else if state == 2 {
                html += line + "\n"
            } else if line.hasPrefix("#") {
                section = String(line.drop { $0 == "#" || $0 == " " })
            }
        }
        return examples
    }
}
