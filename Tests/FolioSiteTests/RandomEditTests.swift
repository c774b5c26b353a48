import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Warm == cold under random edits: 200 edits of seventeen kinds, each told to the session as the
/// watcher tells it (the changed paths), and after each the served folder must equal a cold
/// `folio build` byte for byte. The seed is printed; set `FOLIO_RANDOM_EDITS_SEED` to replay one.
@Suite struct RandomEditTests {
    @Test func randomEditsBuildAsColdBuildsDo() async throws {
        let seed = SeededRandom.seed("RandomEditTests", variable: "FOLIO_RANDOM_EDITS_SEED")
        let playbook = try await IncrementalBuildTests.Playbook()
        defer { playbook.site.remove() }
        var editor = RandomEditor(playbook: playbook, seed: seed)
        var kinds: Set<String> = []
        for step in 0..<200 {
            let (kind, changed) = try editor.edit()
            kinds.insert(kind)
            let report = try await playbook.rebuildMatchesColdBuild(changed: changed)
            #expect(report.pages > 0, "step \(step): \(kind) (seed \(seed))")
        }
        #expect(kinds.count >= 12, "only \(kinds.sorted()) (seed \(seed))")
    }
}

/// Makes one random edit of the `incremental-site` fixture at a time and says which files it
/// changed.
struct RandomEditor {
    let playbook: IncrementalBuildTests.Playbook
    var random: SplitMix
    /// Pages this editor added, which it may delete or rename again.
    var added: [String] = []
    var counter = 0

    init(playbook: IncrementalBuildTests.Playbook, seed: UInt64) {
        self.playbook = playbook
        random = SplitMix(seed: seed)
    }

    static let pages = [
        "content/sv/servicelofter.md", "content/sv/team.md", "content/sv/nyckeltal.md", "content/ro/promisiuni.md",
        "content/ro/echipe.md", "content/ro/indicatori.md", "content/sv/_index.md", "content/ro/_index.md",
    ]

    mutating func edit() throws -> (kind: String, changed: Set<String>) {
        counter += 1
        let pages = Self.pages.filter { FileManager.default.fileExists(atPath: path($0)) } + added
        let page = pages[random.next(pages.count)]
        switch random.next(16) {
        case 0: return ("text", try change(page) { $0 + "\nMening \(counter).\n" })
        case 1: return ("title", try frontMatter(page, "title", "Titel \(counter)"))
        case 2: return ("weight", try frontMatter(page, "weight", String(random.next(60))))
        case 3 where !page.hasSuffix("_index.md"): return ("slug", try frontMatter(page, "slug", "s\(counter)"))
        case 4 where counter % 2 == 0:
            return ("description", try frontMatter(page, "description", "Beskrivning \(counter)."))
        case 4: return ("date", try frontMatter(page, "date", "2027-0\(random.next(9) + 1)-1\(random.next(10))"))
        case 5: return try newPage()
        case 6: return try deletePage()
        case 7: return try renamePage()
        case 8: return try dataValue()
        case 9:
            return (
                "data schema",
                try change("content/data/monthly.csv.yml") {
                    $0.contains("csat: percent")
                        ? $0.replacingOccurrences(of: "csat: percent", with: "csat: number")
                        : $0.replacingOccurrences(of: "csat: number", with: "csat: percent")
                }
            )
        case 10:
            let target = "target: \(80 + random.next(15))%"
            return (
                "metrics",
                try change("content/metrics.yml") { text in
                    text.components(separatedBy: "\n").map { $0.hasPrefix("  target:") ? "  " + target : $0 }
                        .joined(separator: "\n")
                }
            )
        case 11:
            let events = "content/events.yml"
            try playbook.site.write(
                events, "launch:\n  x: 2026-0\(1 + random.next(9))\n  sv: lansering \(counter)\n  ro: lansare\n")
            return ("events", [events])
        case 12:
            return (
                "strings",
                try change("templates/strings/sv.yml") { text in
                    text.components(separatedBy: "\n").map {
                        $0.hasPrefix("footerNote:") ? "footerNote: Fotnot \(counter)" : $0
                    }.joined(separator: "\n")
                }
            )
        case 13: return ("template", try change("templates/footer.mustache") { $0 + "<!-- \(counter) -->\n" })
        case 14:
            return ("stylesheet", try change("templates/css/base.css") { $0 + "\n.t\(counter) { color: inherit; }\n" })
        default:
            return (
                "site.yml",
                try change("content/site.yml") {
                    $0.contains("baseURL: \"\"")
                        ? $0.replacingOccurrences(of: "baseURL: \"\"", with: "baseURL: \"https://example.org/\"")
                        : $0.replacingOccurrences(of: "baseURL: \"https://example.org/\"", with: "baseURL: \"\"")
                }
            )
        }
    }

    private func path(_ relative: String) -> String {
        playbook.site.root.appendingPathComponent(relative).path
    }

    private func change(_ file: String, _ edit: (String) -> String) throws -> Set<String> {
        try playbook.site.write(file, edit(try playbook.source(file)))
        return [file]
    }

    /// Sets `key` in the page's front matter, adding the line when the page has none.
    private func frontMatter(_ file: String, _ key: String, _ value: String) throws -> Set<String> {
        try change(file) { text in
            var lines = text.components(separatedBy: "\n")
            if let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) {
                lines[index] = "\(key): \(value)"
            } else {
                lines.insert("\(key): \(value)", at: 1)
            }
            return lines.joined(separator: "\n")
        }
    }

    private mutating func newPage() throws -> (kind: String, changed: Set<String>) {
        let language = random.next(2) == 0 ? "sv" : "ro"
        let file = "content/\(language)/ny-\(counter).md"
        let weight = random.next(3) == 0 ? "weight: \(random.next(60))\n" : ""
        try playbook.site.write(file, "---\ntitle: Ny \(counter)\n\(weight)---\nText \(counter).\n")
        added.append(file)
        return ("new page", [file])
    }

    private mutating func deletePage() throws -> (kind: String, changed: Set<String>) {
        if !added.isEmpty {
            let file = added.remove(at: random.next(added.count))
            try FileManager.default.removeItem(atPath: path(file))
            return ("deleted page", [file])
        }
        // A translation whose source stays: the Romanian page then falls back to the Swedish one.
        let file = "content/ro/echipe.md"
        guard FileManager.default.fileExists(atPath: path(file)) else { return try newPage() }
        try FileManager.default.removeItem(atPath: path(file))
        return ("deleted translation", [file])
    }

    private mutating func renamePage() throws -> (kind: String, changed: Set<String>) {
        guard !added.isEmpty else { return try newPage() }
        let index = random.next(added.count)
        let old = added[index]
        let new = old.replacingOccurrences(of: ".md", with: "-r\(counter).md")
        try FileManager.default.moveItem(atPath: path(old), toPath: path(new))
        added[index] = new
        return ("renamed page", [old, new])
    }

    private mutating func dataValue() throws -> (kind: String, changed: Set<String>) {
        let file = "content/data/monthly.csv"
        let value = String(format: "%.1f", 80 + Double(random.next(150)) / 10)
        var lines = try playbook.source(file).components(separatedBy: "\n")
        let row = 1 + random.next(max(1, lines.count - 2))
        var cells = lines[row].components(separatedBy: ",")
        if cells.count > 1 { cells[1] = value }
        lines[row] = cells.joined(separator: ",")
        try playbook.site.write(file, lines.joined(separator: "\n"))
        return ("data value", [file])
    }
}
