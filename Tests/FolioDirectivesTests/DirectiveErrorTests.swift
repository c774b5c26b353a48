import FolioDiagnostics
import FolioTestSupport
import Testing

@testable import FolioCharts
@testable import FolioDirectives

/// Author mistakes come back as diagnostics at the offending YAML line, saying how to fix them.
/// The block starts on line 10 of the Markdown file, so YAML line n is file line 9 + n.
@Suite struct DirectiveErrorTests {
    @Test func rejectsUnknownKeyWithLocationAndKnownKeys() throws {
        let diagnostic = try #require(
            diagnostic {
                _ = try Fixture.render("type: line\ndata: metrics/monthly.csv\n  \ntitel: CSAT\nx: month\ny: csat")
            })
        #expect(diagnostic.location == SourceLocation(path: "content/sv/kanaler.md", line: 13, column: 1))
        #expect(diagnostic.message.contains("unknown key 'titel'"))
        #expect(diagnostic.hint?.contains("did you mean 'title'") == true)
        #expect(diagnostic.hint?.contains("caption") == true)
    }

    @Test func rejectsUnknownColumnListingTheColumns() throws {
        let diagnostic = try #require(
            diagnostic {
                _ = try Fixture.render("type: line\ndata: metrics/monthly.csv\nx: month\ny: csatt\ntitle: T")
            })
        #expect(diagnostic.location.line == 13)
        #expect(diagnostic.location.column == 4)
        #expect(diagnostic.message.contains("column 'csatt' not in content/data/metrics/monthly.csv"))
        #expect(diagnostic.message.contains("(has: month, csat, contacts, email, aht, channel)"))
        #expect(diagnostic.hint?.contains("'csat'") == true)
        #expect(diagnostic.description.hasPrefix("content/sv/kanaler.md:13:4: error: chart: y: column 'csatt'"))
    }

    @Test func rejectsMissingDataFileNamingTheNearest() throws {
        let diagnostic = try #require(
            diagnostic {
                _ = try Fixture.render("type: line\ndata: metrics/montly.csv\nx: month\ny: csat\ntitle: T")
            })
        #expect(diagnostic.location.line == 11)
        #expect(diagnostic.message.contains("content/data/metrics/montly.csv"))
        #expect(diagnostic.hint == "did you mean 'metrics/monthly.csv'?")
    }

    @Test func rejectsUnknownChartTypeListingTypes() throws {
        let diagnostic = try #require(
            diagnostic {
                _ = try Fixture.render("type: pie\ndata: metrics/monthly.csv\nx: month\ny: csat\ntitle: T")
            })
        #expect(diagnostic.location.line == 10)
        #expect(diagnostic.message.contains("unknown chart type 'pie'"))
        #expect(diagnostic.hint?.contains("stacked-bar-100") == true)
    }

    @Test func rejectsMissingRequiredKeys() throws {
        let noTitle = try #require(
            diagnostic {
                _ = try Fixture.render("type: line\ndata: metrics/monthly.csv\nx: month\ny: csat")
            })
        #expect(noTitle.message.contains("missing required key 'title'"))
        #expect(noTitle.location.line == 10)
        let noData = try #require(
            diagnostic { _ = try Fixture.render("type: line\nx: month\ny: csat\ntitle: T") })
        #expect(noData.message.contains("missing required key 'data'"))
    }

    @Test func rejectsTextColumnAsValues() throws {
        let diagnostic = try #require(
            diagnostic {
                _ = try Fixture.render("type: bar\ndata: metrics/monthly.csv\nx: month\ny: channel\ntitle: T")
            })
        #expect(diagnostic.message.contains("holds text values, not numbers"))
        #expect(diagnostic.hint?.contains("csat") == true)
    }

    @Test func reportsYAMLSyntaxErrorsAtTheirLine() throws {
        let diagnostic = try #require(
            diagnostic {
                _ = try Fixture.render("type: line\ndata: metrics/monthly.csv\ny: [csat, nps\ntitle: T")
            })
        // One wording for YAML syntax errors in every file and block (FolioYAML.YAMLReader).
        #expect(diagnostic.message.hasPrefix("chart: invalid YAML: "))
        #expect((diagnostic.location.line ?? 0) >= 12)
    }

    @Test func rejectsABlockThatIsNotAMapping() throws {
        let diagnostic = try #require(diagnostic { _ = try Fixture.render("- just\n- a list") })
        #expect(diagnostic.message.contains("must be a mapping"))
    }

    @Test func rejectsMixedValueTypesOnOneAxis() throws {
        let diagnostic = try #require(
            diagnostic {
                _ = try Fixture.render("type: line\ndata: metrics/monthly.csv\nx: month\ny: [csat, contacts]\ntitle: T")
            })
        #expect(diagnostic.message.contains("mix percent and number"))
    }

    @Test func rejectsBadNumbersAndSorts() throws {
        let target = try #require(
            diagnostic {
                _ = try Fixture.render(
                    "type: line\ndata: metrics/monthly.csv\nx: month\ny: csat\ntitle: T\ntarget: high")
            })
        #expect(target.location.line == 15)
        #expect(target.message.contains("'target' must be a number"))
        let sort = try #require(
            diagnostic {
                _ = try Fixture.render("type: line\ndata: metrics/monthly.csv\nx: month\ny: csat\ntitle: T\nsort: z")
            })
        #expect(sort.hint?.contains("-y") == true)
    }

    @Test func shiftsColumnsByTheBlockIndent() throws {
        let indented = SourceLocation(path: "a.md", line: 5, column: 3)
        let diagnostic = try #require(
            diagnostic {
                _ = try Fixture.renderer.render(
                    .table, yaml: "data: metrics/monthly.csv\ncolumns: [month, nope]",
                    location: indented, id: "t")
            })
        #expect(diagnostic.location == SourceLocation(path: "a.md", line: 6, column: 12))
    }
}
