import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Warm == cold under random edits of pages from data (`RandomEditTests` for the `data-pages-site`
/// fixture): 80 edits of nine kinds — a row's value, a new row, a removed row, the sliced data,
/// a template's text and title, a template removed and put back, the section page, site.yml —
/// each told to the session as the watcher tells it. The seed is printed; set
/// `FOLIO_RANDOM_EDITS_SEED` to replay one.
@Suite struct RandomDataPageEditTests {
    @Test func randomEditsOfRowsAndTemplatesBuildAsColdBuildsDo() async throws {
        let seed = SeededRandom.seed("RandomDataPageEditTests", variable: "FOLIO_RANDOM_EDITS_SEED")
        let playbook = try await IncrementalBuildTests.Playbook(fixture: "data-pages-site")
        defer { playbook.site.remove() }
        var editor = RowEditor(playbook: playbook, random: SplitMix(seed: seed))
        var kinds: Set<String> = []
        for step in 0..<80 {
            let (kind, changed) = try editor.edit()
            kinds.insert(kind)
            let report = try await playbook.rebuildMatchesColdBuild(changed: changed)
            #expect(report.pages > 0, "step \(step): \(kind) (seed \(seed))")
        }
        #expect(kinds.count >= 7, "only \(kinds.sorted()) (seed \(seed))")
    }
}

/// One random edit of the `data-pages-site` fixture at a time, naming the files it changed. Every
/// team it adds gets tickets too, so each team page's SQL and filter find rows.
struct RowEditor {
    let playbook: IncrementalBuildTests.Playbook
    var random: SplitMix
    var counter = 0
    /// The Romanian template while it is removed.
    var removedTemplate: String?

    static let teams = "content/data/teams.csv"
    static let tickets = "content/data/tickets.csv"
    static let svTemplate = "content/sv/lag/[team].md"
    static let roTemplate = "content/ro/echipe/[team].md"

    mutating func edit() throws -> (kind: String, changed: Set<String>) {
        counter += 1
        switch random.next(9) {
        case 0:
            let csat = "\(70 + random.next(30)).\(random.next(10))"
            return ("row value", try editRow { cells in cells[2] = csat })
        case 1:
            let name = "Namn \(counter) <&>"
            return ("row name", try editRow { cells in cells[1] = name })
        case 2: return try newRow()
        case 3: return try removeRow()
        case 4:
            let tickets = random.next(90)
            return ("tickets", try change(Self.tickets) { $0 + "\(1000 + counter),2026-03,Göteborg,\(tickets)\n" })
        case 5: return ("template text", try change(Self.svTemplate) { $0 + "\nMening \(counter) om {{row.name}}.\n" })
        case 6:
            return (
                "template title",
                try change(Self.svTemplate) {
                    $0.replacingOccurrences(
                        of: #"title: [^\n]*\{\{row.name\}\}"#, with: "title: Lag \(counter) {{row.name}}",
                        options: .regularExpression)
                }
            )
        case 7: return try toggleTemplate()
        default: return ("section", try change("content/sv/lag/_index.md") { $0 + "\nStycke \(counter).\n" })
        }
    }

    private func path(_ relative: String) -> URL {
        playbook.site.root.appendingPathComponent(relative)
    }

    private func change(_ file: String, _ edit: (String) -> String) throws -> Set<String> {
        try playbook.site.write(file, edit(try playbook.source(file)))
        return [file]
    }

    /// Changes one data row of teams.csv (cells: team, name, csat, contacts, first_reply).
    private mutating func editRow(_ edit: (inout [String]) -> Void) throws -> Set<String> {
        var lines = try playbook.source(Self.teams).split(separator: "\n").map(String.init)
        let row = 1 + random.next(lines.count - 1)
        var cells = lines[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        edit(&cells)
        lines[row] = cells.joined(separator: ",")
        try playbook.site.write(Self.teams, lines.joined(separator: "\n") + "\n")
        return [Self.teams]
    }

    private mutating func newRow() throws -> (kind: String, changed: Set<String>) {
        let team = "Lag\(counter)"
        let (csat, contacts, reply, tickets) = (random.next(10), random.next(9000), random.next(300), random.next(50))
        _ = try change(Self.teams) { $0 + "\(team),Lag \(counter),8\(csat).0,\(contacts),\(reply)\n" }
        _ = try change(Self.tickets) { $0 + "\(2000 + counter),2026-01,\(team),\(tickets)\n" }
        return ("new row", [Self.teams, Self.tickets])
    }

    /// Removes a data row, keeping at least one.
    private mutating func removeRow() throws -> (kind: String, changed: Set<String>) {
        var lines = try playbook.source(Self.teams).split(separator: "\n").map(String.init)
        guard lines.count > 2 else { return try newRow() }
        lines.remove(at: 1 + random.next(lines.count - 1))
        try playbook.site.write(Self.teams, lines.joined(separator: "\n") + "\n")
        return ("removed row", [Self.teams])
    }

    /// Removes the Romanian template (its rows fall back to the Swedish pages), or puts it back.
    private mutating func toggleTemplate() throws -> (kind: String, changed: Set<String>) {
        if let text = removedTemplate {
            try playbook.site.write(Self.roTemplate, text)
            removedTemplate = nil
            return ("template back", [Self.roTemplate])
        }
        removedTemplate = try playbook.source(Self.roTemplate)
        try FileManager.default.removeItem(at: path(Self.roTemplate))
        return ("template removed", [Self.roTemplate])
    }
}
