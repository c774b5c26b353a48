import FolioDiagnostics

/// Which pages are translations of each other: same `translationKey`, or same path in each language.
public struct Translations: Sendable {
    private var groups: [String: [String: Page]]

    /// Groups pages; two pages of one language claiming the same key is an error naming both.
    public init(pages: [Page]) throws {
        var groups: [String: [String: Page]] = [:]
        var problems: [Diagnostic] = []
        for page in pages {
            if let other = groups[page.translationID]?[page.language] {
                problems.append(
                    Diagnostic(
                        SourceLocation(path: page.sourcePath, line: 1, column: 1),
                        "page is a second '\(page.language)' translation of \(other.sourcePath)",
                        hint: "give it its own `translationKey`, or remove the duplicate"
                    ))
                continue
            }
            groups[page.translationID, default: [:]][page.language] = page
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        self.groups = groups
    }

    /// The versions of `page` by language code, the page itself included.
    public func versions(of page: Page) -> [String: Page] {
        groups[page.translationID] ?? [page.language: page]
    }

    /// The groups with `page`, already in its group, put in place of the version it replaces.
    func replacing(_ page: Page) -> Translations {
        var next = self
        next.groups[page.translationID]?[page.language] = page
        return next
    }

    /// The group with this translation id, if any page has it.
    func group(_ id: String) -> [String: Page]? {
        groups[id]
    }
}
