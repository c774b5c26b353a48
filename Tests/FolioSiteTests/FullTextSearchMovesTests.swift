import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Pages added and removed among text edits, in a session as `folio serve` runs it: the kept
/// full-text index numbers the later pages again in place and takes out only what went, and each
/// warm build equals a cold one.
@Suite struct FullTextSearchMovesTests {
    @Test func pagesAddedAndRemovedAmongEditsLeaveWhatAColdBuildWrites() async throws {
        let seed = SeededRandom.seed("FullTextSearchMovesTests", variable: "FOLIO_SEARCH_MOVES_SEED")
        var random = SeededRandom(seed: seed)
        let site = try await IncrementalBuildTests.Playbook(fixture: "sections-site")
        defer { site.site.remove() }
        let words = ["kvastfena", "ladugård", "mätning", "kanaler", "zebror", "handbok", "kö", "svar"]
        func text() -> String {
            (0..<12).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
        }
        let folders = ["content/sv/", "content/sv/guide/", "content/sv/analys/"]
        var added: [String] = []
        for round in 0..<8 {
            var changed: Set<String> = []
            let kind = random.next() % 3
            if kind == 0 || added.isEmpty {
                let path = folders[Int(random.next() % 3)] + "ny\(round).md"
                let weight = random.next() % 30
                try site.site.write(
                    path, "---\ntitle: Ny sida \(round)\nweight: \(weight)\n---\n## Rubrik\n\n\(text()) unik\(round).\n"
                )
                added.append(path)
                changed.insert(path)
            } else if kind == 1 {
                let path = added.remove(at: Int(random.next() % UInt64(added.count)))
                try FileManager.default.removeItem(at: site.site.root.appendingPathComponent(path))
                changed.insert(path)
            }
            if kind == 2 || random.next() % 2 == 0 {
                let path = "content/sv/om.md"
                let line = "\n" + text() + ".\n"
                try site.edit(path) { $0 + line }
                changed.insert(path)
            }
            let report = try await site.rebuildMatchesColdBuild(changed: changed)
            #expect(
                report.work.searchPagesMerged <= 2 && report.work.searchPagesMerged >= 1,
                "seed \(seed), round \(round): only the pages that came, went or changed (\(report.work))")
        }
    }
}
