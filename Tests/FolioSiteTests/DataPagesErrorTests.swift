import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Every bad input of pages from data ends in a located, hinted error and nothing written; hostile
/// values are escaped and make safe URL segments. On the `data-pages-site` fixture.
@Suite struct DataPagesErrorTests {
    static let header = "team,name,csat,contacts,first_reply\n"

    /// The diagnostics of building the fixture after `change`; the build must write nothing.
    static func problems(_ change: (FixtureSite) throws -> Void) async throws -> [Diagnostic] {
        try await withFixtureSite("data-pages-site") { site in
            try change(site)
            let found = await site.problems()
            #expect(!site.exists("sv/index.html"), "a failed build writes nothing")
            return found
        }
    }

    @Test func duplicateKeyIsReportedAtTheSecondRowNamingTheFirst() async throws {
        let found = try await Self.problems { site in
            try site.write(
                "content/data/teams.csv", Self.header + "Göteborg,A,80,1,1\nMalmö,B,80,1,1\nGöteborg,C,80,1,1\n")
        }
        let error = try #require(found.first)
        #expect(found.count == 1, "\(found)")
        #expect(error.location.path == "content/data/teams.csv" && error.location.line == 4)
        #expect(error.message.contains("'Göteborg' is also the key of line 2"))
        #expect(error.hint != nil)
    }

    @Test func emptyKeyIsReportedAtItsRow() async throws {
        let found = try await Self.problems { site in
            try site.write("content/data/teams.csv", Self.header + "Göteborg,A,80,1,1\n,B,80,1,1\n")
        }
        let error = try #require(found.first)
        #expect(error.location.path == "content/data/teams.csv" && error.location.line == 3)
        #expect(error.message.contains("empty 'team'"))
    }

    @Test func keysWithOneSlugAreReportedNamingBoth() async throws {
        let found = try await Self.problems { site in
            try site.write("content/data/teams.csv", Self.header + "Göteborg,A,80,1,1\ngoteborg,B,80,1,1\n")
        }
        let error = try #require(found.first)
        #expect(error.location.line == 3)
        #expect(error.message.contains("'goteborg' and 'Göteborg' (line 2) both make the URL segment 'goteborg'"))
    }

    @Test func keyWhoseSlugIsAnotherPagesPlaceIsReportedNamingIt() async throws {
        let found = try await Self.problems { site in
            try site.write("content/sv/lag/malmo.md", "---\ntitle: Malmö\n---\nText.\n")
        }
        let error = try #require(found.first { $0.location.path == "content/data/teams.csv" })
        #expect(error.location.line == 4)
        #expect(error.message.contains("as content/sv/lag/malmo.md does"))
    }

    @Test func keyColumnNotInRowsListsTheColumnsWithDidYouMean() async throws {
        let found = try await Self.problems { site in
            let template = try String(
                contentsOf: site.root.appendingPathComponent("content/sv/lag/[team].md"), encoding: .utf8)
            try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/sv/lag/[team].md"))
            try site.write("content/sv/lag/[tem].md", template)
        }
        let error = try #require(found.first)
        #expect(error.location.path == "content/sv/lag/[tem].md")
        #expect(
            error.message.contains("[tem] is not a column of teams.csv (has: team, name, csat, contacts, first_reply)"))
        #expect(error.hint?.contains("did you mean 'team'?") == true)
    }

    @Test func unknownRowColumnInBodyIsReportedAtItsLineOnce() async throws {
        let found = try await Self.problems { site in
            try site.write(
                "content/ro/echipe/[team].md",
                "---\ntitle: Echipa {{row.name}}\nrows: teams.csv\ntranslationKey: team\n---\nRând unu.\n\nValoare {{row.csatt}}.\n"
            )
        }
        #expect(found.count == 1, "one error, not one per row: \(found)")
        let error = try #require(found.first)
        #expect(error.location.path == "content/ro/echipe/[team].md" && error.location.line == 8)
        #expect(error.message.contains("no column 'csatt'"))
        #expect(error.hint == "did you mean {{row.csat}}?")
    }

    @Test func unknownRowColumnInTitleIsReportedAtTheTitleLine() async throws {
        let found = try await Self.problems { site in
            try site.write(
                "content/ro/echipe/[team].md",
                "---\nrows: teams.csv\ntitle: Echipa {{row.nume}}\n---\nText.\n")
        }
        let error = try #require(found.first)
        #expect(found.count == 1, "\(found)")
        #expect(error.location.path == "content/ro/echipe/[team].md" && error.location.line == 3)
        #expect(error.hint == "did you mean {{row.name}}?")
    }

    @Test func moreRowsThanMaxGeneratedPagesIsAnError() async throws {
        let found = try await Self.problems { site in
            let config = try String(
                contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
            try site.write("content/site.yml", config + "maxGeneratedPages: 2\n")
        }
        let error = try #require(found.first)
        #expect(error.message.contains("3 rows: more than maxGeneratedPages (2)"))
        #expect(error.location.line == 4, "at `rows:` in the template")
        #expect(error.hint?.contains("maxGeneratedPages") == true)
    }

    @Test func unknownRowsFileSuggestsTheNearest() async throws {
        let found = try await Self.problems { site in
            try site.write("content/ro/echipe/[team].md", "---\ntitle: Echipa\nrows: team.csv\n---\nText.\n")
        }
        let error = try #require(found.first)
        #expect(error.location.path == "content/ro/echipe/[team].md" && error.location.line == 3)
        #expect(error.hint?.contains("'teams.csv'") == true)
    }

    @Test func sqlParameterTheRowLacksIsAnError() async throws {
        let found = try await Self.problems { site in
            try site.write(
                "content/ro/echipe/[team].md",
                "---\ntitle: Echipa\nrows: teams.csv\n---\n```table\nsql: SELECT * FROM tickets WHERE team = :tean\n```\n"
            )
        }
        let error = try #require(found.first)
        #expect(error.location.path == "content/ro/echipe/[team].md")
        #expect(error.message.contains(":tean: the row has no column 'tean'"))
        #expect(error.hint == "did you mean :team?")
    }

    @Test func sqlParameterOnAnOrdinaryPageIsAnError() async throws {
        let found = try await Self.problems { site in
            try site.write(
                "content/sv/vanlig.md",
                "---\ntitle: Vanlig\n---\n```table\nsql: SELECT * FROM tickets WHERE team = :team\n```\n")
        }
        #expect(found.first?.message.contains("only pages from data have a row") == true, "\(found)")
    }

    @Test func rowFilterOnAnOrdinaryPageIsAnError() async throws {
        let found = try await Self.problems { site in
            try site.write(
                "content/sv/vanlig.md",
                "---\ntitle: Vanlig\n---\n```chart\ntype: line\ndata: tickets.csv\nfilter: {team: \":team\"}\nx: month\ny: tickets\n```\n"
            )
        }
        let error = try #require(found.first)
        #expect(error.location.path == "content/sv/vanlig.md" && error.location.line == 7)
        #expect(error.message.contains("only pages from data have a row"))
    }

    // MARK: Hostile values

    @Test func hostileKeysAreEscapedAndMakeSafeSlugs() async throws {
        let long = String(repeating: "lång ", count: 2_000)
        let keys = [
            "<script>alert(1)</script>", "../../etc", "%2e%2e", "\u{202E}evil\u{202C}gnp", long,
            "'; DROP TABLE tickets; --",
        ]
        try await withFixtureSite("data-pages-site") { site in
            let csv = Self.header + keys.map { "\"\($0)\",\"\($0)\",80,1,1\n" }.joined()
            try site.write("content/data/teams.csv", csv)
            try site.write(
                "content/data/tickets.csv",
                "id,month,team,tickets\n" + keys.enumerated().map { "\($0),2026-01,\"\($1)\",5\n" }.joined())
            try await site.build()
            let folders = try FileManager.default.contentsOfDirectory(
                atPath: site.output.appendingPathComponent("sv/lag").path
            ).sorted()
            for folder in folders where folder != "index.html" {
                #expect(folder.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }, "\(folder)")
                #expect(folder.utf8.count <= RowKeys.longestSlug)
            }
            #expect(folders.contains("script-alert-1-script") && folders.contains("etc") && folders.contains("2e-2e"))
            let script = try site.read("sv/lag/script-alert-1-script/index.html")
            #expect(!script.contains("<script>alert"))
            #expect(script.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            // The SQL compares the hostile key as a value: the page's table holds its one ticket row.
            let injection = try site.read("sv/lag/drop-table-tickets/index.html")
            #expect(injection.contains("<td class=\"num\">5</td>"))
        }
    }

    @Test func keyWithoutLettersOrDigitsIsAnError() async throws {
        let found = try await Self.problems { site in
            try site.write("content/data/teams.csv", Self.header + "Göteborg,A,80,1,1\n..,B,80,1,1\n")
        }
        let error = try #require(found.first)
        #expect(error.location.line == 3 && error.message.contains("no letters or digits"))
    }

    /// The hostile corpus' row keys (`Tests/Fixtures/hostile/row-keys.csv`) as a template's rows.
    @Test func hostileCorpusRowKeysAreEscapedInEveryPart() async throws {
        try await withFixtureSite("data-pages-site") { site in
            try site.writeBytes("content/data/teams.csv", HostileInputTests.bytes("row-keys.csv"))
            try site.write(
                "content/sv/lag/[team].md",
                "---\ntitle: \"{{row.team}}\"\ndescription: \"{{row.name}}\"\nrows: teams.csv\n---\n{{row.team}} {{row.name}}\n"
            )
            try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/ro/echipe/[team].md"))
            try await site.build()
            let listing = try site.read("sv/lag/index.html")
            #expect(!listing.contains("<script>alert") && !listing.contains("<b>x</b>"))
            #expect(listing.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            let page = try site.read("sv/lag/script-alert-1-script/index.html")
            #expect(!page.contains("<script>alert") && !page.contains("<b>x</b>"))
            #expect(page.contains("&lt;b&gt;x&lt;/b&gt;"))
            #expect(site.exists("sv/lag/drop-table-tickets/index.html") && site.exists("sv/lag/evil-gnp/index.html"))
        }
    }

    @Test func invalidUTF8InTheRowsFileIsReportedAtItsPosition() async throws {
        let found = try await Self.problems { site in
            try site.writeBytes("content/data/teams.csv", HostileInputTests.bytes("invalid-utf8.csv"))
        }
        let error = try #require(found.first { $0.location.path == "content/data/teams.csv" })
        #expect(error.location.line != nil)
    }
}
