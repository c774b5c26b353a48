import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// `SimpleFrontMatter` against Yams: whatever header the fast path reads must read the same through
/// `FrontMatter.parse` (same fields, same types); anything else it must leave to Yams.
@Suite struct SimpleFrontMatterTests {
    func fast(_ header: String) -> FrontMatter? {
        var header = header
        return header.withUTF8 { SimpleFrontMatter.parse($0) }
    }

    func yams(_ header: String) -> FrontMatter? {
        try? FrontMatter.parse(header, path: "p.md", lineOffset: 1)
    }

    /// Whether the fast path read `header`, after checking it read it as Yams does.
    @discardableResult
    func agrees(_ header: String) -> Bool {
        guard let read = fast(header) else { return false }
        #expect(read == yams(header), "\(header.debugDescription)")
        return true
    }

    /// The text between a page file's fences, as `FrontMatter.split` finds it.
    func header(of text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, FrontMatter.isFenceLine(first),
            let close = lines.dropFirst().firstIndex(where: { FrontMatter.isFenceLine($0) })
        else { return nil }
        return lines[1..<close].joined(separator: "\n")
    }

    @Test func readsEveryFixtureHeaderAsYamsDoes() throws {
        var headers: [String] = []
        let files = FileManager.default.enumerator(
            at: Repository.url("Tests/Fixtures"), includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "md", let text = try? String(contentsOf: file, encoding: .utf8),
                let header = header(of: text)
            else { continue }
            headers.append(header)
        }
        #expect(headers.count > 40)
        let read = headers.filter { agrees($0) }
        // Not vacuous: the fixtures' headers are nearly all simple.
        #expect(read.count * 10 >= headers.count * 8, "read \(read.count) of \(headers.count)")
    }

    @Test func readsGeneratedCorpusHeadersAsYamsDoes() {
        var generator = SplitMix(seed: 22)
        let words = [
            "Kanaler", "kundnöjdhet", "Översikt", "Ärenden", "Promisiunile", "întrebări", "săptămână", "Ș", "ț",
            "contact", "–", "—", "parte", "2026", "Q3,", "(utkast)", "a/b", "10%", "x:y", "“citat”", "…", "🙂",
        ]
        func sentence() -> String {
            (0...generator.next(6)).map { _ in words[generator.next(words.count)] }.joined(separator: " ")
        }
        for index in 0..<2000 {
            var lines = ["title: \(sentence()) \(index)"]
            if generator.next(2) == 0 { lines.append("description: \(sentence()).") }
            if generator.next(2) == 0 { lines.append("weight: \(generator.next(200) - 20)") }
            if generator.next(2) == 0 {
                lines.append("date: 20\(10 + generator.next(20))-0\(1 + generator.next(9))-1\(generator.next(10))")
            }
            if generator.next(3) == 0 { lines.append("draft: \(generator.next(2) == 0)") }
            if generator.next(2) == 0 { lines.append("translationKey: p\(index)") }
            if generator.next(4) == 0 { lines.append("slug: sida-\(index)") }
            if generator.next(5) == 0 { lines.append("sourceRevision: \(String(index * 7919, radix: 16))") }
            for index in lines.indices.dropLast() { lines.swapAt(index, index + generator.next(lines.count - index)) }
            let header = lines.joined(separator: "\n") + (generator.next(2) == 0 ? "\n" : "")
            #expect(agrees(header), "\(header.debugDescription)")
        }
    }

    @Test func generatedHostileHeadersAgreeOrFallBack() {
        var generator = SplitMix(seed: 2222)
        let keys = FrontMatter.knownKeys + ["title", "title", "weight", "draft", "Title", "x", ""]
        let benign = [
            "a", "Ö", "ș", " ", "0", "7", "true", "false", "2026-02-28", "–", "\u{A0}", "\u{1F642}", ".", "~",
        ]
        let hostile = [
            "  ", ":", ": ", "#", " #", "'", "\"", "\\", "-", "- ", "?", ",", "[", "]", "{", "}", "&", "*", "!", "|",
            ">", "%", "@", "`", "010", "0x1F", "1_0", "+", "yes", "no", "null", "\t", "\r", "\u{85}", "\u{2028}",
            "\u{FEFF}", "\n", "\n  ", "\n#", "\n---", "\n...",
        ]
        var read = 0
        for _ in 0..<5000 {
            let lines = (0...generator.next(4)).map { line -> String in
                let key = line == 0 ? "title" : keys[generator.next(keys.count)]
                let value = (0..<generator.next(6)).map { _ in
                    generator.next(8) == 0
                        ? hostile[generator.next(hostile.count)] : benign[generator.next(benign.count)]
                }.joined()
                return key + [": ", ":", " : ", ": "][generator.next(4)] + value
            }
            if agrees(lines.joined(separator: "\n")) { read += 1 }
        }
        // Some of them are simple enough to take the fast path, so both sides are exercised.
        #expect(read > 300, "read \(read)")
    }

    @Test(arguments: [
        // Typed as Yams types them.
        "title: 2026-01-01", "title: true", "title: 10", "title: ~", "title: null", "title: a:b", "title: a,b [c] {d}",
        "title: \"quoted: # yes\"", "title: '  spaced  '", "title: \"\"  ", "title: A\u{00A0}", "title: \u{3000}A",
        "title: A\nweight: 0", "title: A\nweight: -7", "title: A\nweight: 123456789012345678", "title: A\ndraft: false",
        "title: A\n\n\ndate: 2024-02-29", "title:    A   ", "title: 'a\"b'", "title: \"a'b\"", "title: a\"b'c",
        "title: C:\\path", "title: 50 % off", "title: e-mail", "title: x -y", "title: a!b&c*d|e>f",
        // Left to Yams (comments, indicators, escapes, breaks, other spellings of numbers and booleans).
        "title: a #b", "title: a# b", "title: #a", "title: a: b", "title: a:", "title: - a", "title: -a", "title: ?a",
        "title: :a", "title: &x a", "title: *x", "title: !!str a", "title: |", "title: >", "title: [a]",
        "title: {a: b}",
        "title: %a", "title: @a", "title: `a`", "title: 'it''s'", "title: \"a\\tb\"", "title: \"a", "title: 'a",
        "title: \"a\" b", "title: 'a' # c", "title: a\tb", "title:\ta", "title: a\r", "title: a\u{0085}b",
        "title: a\u{2028}b", "title: a\u{2029}b", "title: \u{FEFF}a", "title: a\u{FFFE}", "title: a\u{0080}",
        "title: a\u{7F}", "title: a\u{1B}b", "title: A\n  continued", "title: A\n# comment", "title: A\n...",
        "title: A\n---", "title:", "title: ", "title:A", "title : A", "\"title\": A", " title: A", "title: A\ntitle: B",
        "title: A\nauthor: B", "title: A\nweight: 010", "title: A\nweight: 0x10", "title: A\nweight: 1_000",
        "title: A\nweight: +5", "title: A\nweight: 1e3", "title: A\nweight: 1:30", "title: A\nweight: -0",
        "title: A\nweight: 1234567890123456789", "title: A\nweight: \"5\"", "title: A\nweight: five",
        "title: A\ndraft: yes", "title: A\ndraft: True", "title: A\ndraft: on", "title: A\ndraft: 'true'",
        "title: A\ndate: 2026-02-30", "title: A\ndate: 2026-2-3", "title: '   '", "title: \u{00A0}", "weight: 3",
        "", "\n", "titles: A", "title: A\nslug: -x", "title: A\ndescription: a #b", "%YAML 1.1\ntitle: A",
    ])
    func hostileHeadersAgreeOrFallBack(header: String) {
        agrees(header)
    }

    @Test(arguments: [
        "title: a #b", "title: a: b", "title: 'it''s'", "title: \"a\\tb\"", "title: A\nweight: 010",
        "title: A\ndraft: yes", "title: A\n  continued", "title: A\ntitle: B", "title: A\nauthor: B",
        "title: a\u{2028}b", "title: A\ndate: 2026-02-30",
    ])
    func leavesWhatItCannotBeSureOfToYams(header: String) {
        #expect(fast(header) == nil)
    }

    @Test func readsTheCommonHeaderWithItsTypes() {
        let header =
            "title: Kanaler\ndescription: Om kanaler\nslug: kanal\nweight: 3\ndate: 2026-02-28\ndraft: true\ntranslationKey: ch"
        #expect(
            fast(header)
                == FrontMatter(
                    title: "Kanaler", description: "Om kanaler", slug: "kanal", weight: 3, date: "2026-02-28",
                    draft: true, translationKey: "ch"))
        #expect(agrees(header))
    }
}
