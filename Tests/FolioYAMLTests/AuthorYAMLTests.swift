import FolioDiagnostics
import Testing

@testable import FolioYAML

/// Aliases in author YAML are refused before Yams touches them, so a "billion laughs" block fails at
/// once, with its position, while `*` and `&` in ordinary text are left alone.
@Suite struct AuthorYAMLTests {
    /// Nine levels of nine aliases; used as a key (`? *lol9`), Yams' duplicate-key check would hash a
    /// billion nodes inside `compose` (measured: over two minutes) even though values are shared.
    static let laughs: String = {
        var lines = ["lol0: &lol0 \"lol\""]
        for level in 1...9 {
            lines.append(
                "lol\(level): &lol\(level) [" + Array(repeating: "*lol\(level - 1)", count: 9).joined(separator: ", ")
                    + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static let location = SourceLocation(path: "content/sv/kanaler.md", line: 10, column: 1)

    /// The diagnostic reading `yaml` as a ```chart block at `location` throws, if it throws one.
    func blockDiagnostic(_ yaml: String) -> Diagnostic? {
        do {
            _ = try YAMLBlock.parse(yaml, name: "chart", origin: Self.location)
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            return nil
        }
    }

    func alias(_ yaml: String) -> AuthorYAML.AliasFound? {
        do {
            _ = try AuthorYAML.compose(yaml)
            return nil
        } catch let found as AuthorYAML.AliasFound {
            return found
        } catch {
            return nil
        }
    }

    /// The work is bounded by counting it, not timing it: the aliased text is refused before Yams
    /// composes it, and the one tree composed instead (every `*` turned into an anchor) has a node
    /// per value written, about a hundred, where the aliases would expand to 9^9.
    @Test(arguments: ["", "? *lol9\n: boom\n", "*lol9 : boom\n", "{*lol8 : boom}: x\n", "y: [*lol9, *lol9]\n"])
    func billionLaughsFailAtTheFirstAliasWithoutExpandingIt(tail: String) throws {
        let text = Self.laughs + tail
        let found = try #require(alias(text))
        #expect((found.line, found.column) == (2, 14))
        let copy = text.replacingOccurrences(of: "*", with: "&" + AuthorYAML.marker)
        // Counted iteratively: a hostile tree may be deep.
        var nodes = 0
        var pending = [try #require(try AuthorYAML.compose(copy))]
        while let node = pending.popLast() {
            nodes += 1
            if let mapping = node.mapping { for (key, value) in mapping { pending += [key, value] } }
            if let sequence = node.sequence { pending += Array(sequence) }
        }
        // The root, 10 keys, "lol" and 9 lists of 9 (102), and the tail's few.
        #expect(nodes <= 110)
    }

    @Test func chartBlockWithLaughsIsADiagnosticAtTheAlias() throws {
        let diagnostic = try #require(
            blockDiagnostic("type: line\ndata: metrics/monthly.csv\n" + Self.laughs + "? *lol9\n: x\n"))
        // Line 10 holds YAML line 1; the first alias is on YAML line 4 (laughs line 2).
        #expect(diagnostic.location == SourceLocation(path: "content/sv/kanaler.md", line: 13, column: 14))
        #expect(diagnostic.message == "chart: YAML aliases (`*name`) are not supported")
        #expect(diagnostic.hint?.contains("quote") == true)
    }

    @Test func columnCountsTheAuthorsTextNotTheRewrittenCopy() throws {
        let found = try #require(alias("a: &a [1]\nb: [*a, *a, *zz]\n"))
        #expect((found.line, found.column) == (2, 5))
        let third = try #require(alias("a: &a [1]\nb: [\"*\", '*', *a]\n"))
        #expect((third.line, third.column) == (2, 15))
    }

    @Test(arguments: [
        "title: \"*Viktigt* & mer\"",
        "title: '*Viktigt*'",
        "caption: 2 * 3 = 6, Q&A",
        "caption: |\n  * punkt ett\n  * punkt två\n",
        "caption: >\n  *fet*\n",
        "labels: {a*b: x}  # *kommentar*",
        "title: &rubrik Samtal",
    ])
    func starsAndAmpersandsInTextAreNotAliases(yaml: String) throws {
        let node = try #require(try AuthorYAML.compose(yaml))
        #expect(node.mapping != nil)
    }

    @Test func unquotedValueStartingWithAStarIsExplained() throws {
        let diagnostic = try #require(
            blockDiagnostic("type: line\ndata: metrics/monthly.csv\ntitle: *Viktigt*\n"))
        #expect(diagnostic.location.line == 12)
        #expect(diagnostic.message.contains("alias") || diagnostic.message.contains("YAML"))
    }
}
