import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// `ChapterMarkup` scans bytes; these tests hold it to the regular expressions it replaced
/// (kept here as the oracle) on every page the fixture sites build and on edge cases.
@Suite struct ChapterMarkupOracleTests {
    /// The regular-expression version `ChapterMarkup` had before it scanned bytes.
    struct Oracle {
        let anchor: String
        let ids: Set<String>
        let html: String

        init(html: String, anchor: String) {
            self.html = html
            self.anchor = anchor
            let source = html as NSString
            ids = Set(
                Self.idAttributes.matches(in: html, range: NSRange(location: 0, length: source.length)).map {
                    source.substring(with: $0.range(at: 1))
                })
        }

        func prefixed(_ id: String) -> String { anchor + "--" + id }

        func rewritten(resolve: (String) -> String) -> String {
            let source = html as NSString
            var output = ""
            var last = 0
            for match in Self.references.matches(in: html, range: NSRange(location: 0, length: source.length)) {
                output += source.substring(with: NSRange(location: last, length: match.range.location - last))
                last = match.range.location + match.range.length
                if match.range(at: 4).location != NSNotFound {
                    let id = source.substring(with: match.range(at: 4))
                    output += "url(#" + (ids.contains(id) ? prefixed(id) : id) + ")"
                    continue
                }
                let name = source.substring(with: match.range(at: 2))
                let value = source.substring(with: match.range(at: 3))
                output +=
                    source.substring(with: match.range(at: 1)) + name + "=\"" + rewrite(value, name, resolve) + "\""
            }
            output += source.substring(from: last)
            return Self.headingsDown(output)
        }

        private func rewrite(_ value: String, _ attribute: String, _ resolve: (String) -> String) -> String {
            switch attribute {
            case "id": return prefixed(value)
            case "href", "src", "xlink:href":
                if value.hasPrefix("#") {
                    let id = String(value.dropFirst())
                    return ids.contains(id) ? "#" + prefixed(id) : value
                }
                return resolve(value)
            default:
                return value.split(separator: " ").map { ids.contains(String($0)) ? prefixed(String($0)) : String($0) }
                    .joined(separator: " ")
            }
        }

        static func headingsDown(_ html: String) -> String {
            let source = html as NSString
            var output = ""
            var last = 0
            for match in headingTags.matches(in: html, range: NSRange(location: 0, length: source.length)) {
                output += source.substring(with: NSRange(location: last, length: match.range.location - last))
                last = match.range.location + match.range.length
                let level = Int(source.substring(with: match.range(at: 2))) ?? 5
                output += "<" + source.substring(with: match.range(at: 1)) + "h\(level + 1)"
            }
            return output + source.substring(from: last)
        }

        // swift-format-ignore: NeverUseForceTry
        static let references = try! NSRegularExpression(
            pattern:
                #"(\s)(id|href|src|xlink:href|aria-labelledby|aria-describedby|aria-controls|for|headers)="([^"]*)"|url\(#([^)"\s]*)\)"#
        )
        // swift-format-ignore: NeverUseForceTry
        static let idAttributes = try! NSRegularExpression(pattern: #"\sid="([^"]*)""#)
        // swift-format-ignore: NeverUseForceTry
        static let headingTags = try! NSRegularExpression(pattern: #"<(/?)h([1-5])(?=[\s>])"#)
    }

    static func expectSame(_ html: String, _ comment: Comment? = nil) {
        let markup = ChapterMarkup(html: html, anchor: "ch")
        let oracle = Oracle(html: html, anchor: "ch")
        #expect(markup.ids == oracle.ids, comment)
        #expect(markup.rewritten { "R(" + $0 + ")" } == oracle.rewritten { "R(" + $0 + ")" }, comment)
        #expect(ChapterMarkup.headingsDown(html) == Oracle.headingsDown(html), comment)
    }

    @Test(arguments: [
        "", "<h1>", "<h1", "</h5>", "<h6>x</h6>", "<h2\tid=\"a\">", "<h10>", "<h2x>", "<</h3>",
        " id=\"", " id=\"a", " id=\"\"", "\nhref=\"#a\" id=\"a\"", "x id=\"a\"", "<a\u{A0}href=\"#a\">",
        "url(#", "url(#)", "url(#a b)", "url(#a\"b)", "url(#é)", "url(#a)url(#a)", " for=\"a b  c\" id=\"b\"",
        " xlink:href=\"#p\" id=\"p\"", " aria-controls=\"x\" headers=\"y\" id=\"x\"", "åäö <h3>ș</h3> 🙂 id=\"ț\"",
        " src=\"bild.png\" href=\"../a/\" href=\"https://e.org/\"", " id=\"a\"id=\"b\"",
    ])
    func edgeCasesMatchTheOracle(html: String) {
        Self.expectSame(html)
    }

    @Test(arguments: ["print-site", "basic-site", "gfm-site", "annotations-site", "layout-site"])
    func everyBuiltPageMatchesTheOracle(fixture: String) async throws {
        try await withFixtureSite(fixture) { site in
            try await site.build()
            let pages = try site.snapshot().filter { $0.key.hasSuffix(".html") }
            #expect(!pages.isEmpty)
            for (path, bytes) in pages.sorted(by: { $0.key < $1.key }) {
                Self.expectSame(String(decoding: bytes, as: UTF8.self), "\(fixture)/\(path)")
            }
        }
    }

    @Test func replacingMatchesFoundation() {
        for (text, target, replacement) in [
            ("", "a", "b"), ("aaa", "aa", "x"), ("åaåa", "å", "ä"), ("abc", "abcd", "x"), ("xabcx", "abc", ""),
            ("no match", "zz", "y"),
        ] {
            #expect(
                ByteSearch.replacingAll(target, with: replacement, in: text)
                    == text.replacingOccurrences(of: target, with: replacement))
        }
    }
}
