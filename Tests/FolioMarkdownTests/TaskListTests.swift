import Testing

@testable import FolioMarkdown

/// Conformance cases for GFM task list items (spec section "Task list items (extension)").
@Suite struct TaskListTests {
    func html(_ markdown: String) throws -> String { try MarkdownRenderer().render(markdown, path: "a.md").html }

    @Test func checkedAndUncheckedItems() throws {
        #expect(
            try html("- [ ] ej klart\n- [x] klart\n- [X] gata\n") == """
                <div class="task-list">
                <ul>
                <li><label class="task"><input type="checkbox" disabled> ej klart</label></li>
                <li><label class="task"><input type="checkbox" disabled checked> klart</label></li>
                <li><label class="task"><input type="checkbox" disabled checked> gata</label></li>
                </ul>
                </div>

                """)
    }

    @Test func markdownInTheLabelAndNestedLists() throws {
        let out = try html("1. [x] **Pasul** unu\n   - [ ] sub\n")
        #expect(
            out.contains(
                "<ol>\n<li><label class=\"task\"><input type=\"checkbox\" disabled checked> <strong>Pasul</strong> unu</label>"
            ))
        #expect(
            out.contains(
                "<div class=\"task-list\">\n<ul>\n<li><label class=\"task\"><input type=\"checkbox\" disabled> sub"))
    }

    @Test func notATaskItem() throws {
        #expect(try html("- [y] nej\n") == "<ul>\n<li>[y] nej</li>\n</ul>\n")
        #expect(try html("- [ ]nej\n") == "<ul>\n<li>[ ]nej</li>\n</ul>\n")
        #expect(try html("[ ] inte i en lista\n") == "<p>[ ] inte i en lista</p>\n")
        #expect(try html("- `[ ] kod`\n") == "<ul>\n<li><code>[ ] kod</code></li>\n</ul>\n")
    }

    @Test func looseListKeepsParagraphs() throws {
        #expect(
            try html("- [x] a\n\n- [ ] b\n").contains(
                "<li>\n<p><label class=\"task\"><input type=\"checkbox\" disabled checked> a</label></p>"))
    }

    @Test func escapedMarkerIsNoTask() throws {
        let html = try MarkdownRenderer().render("- \\[x] inte klar\n- [x] klar\n", path: "a.md").html
        #expect(html.contains("<li>[x] inte klar</li>"))
        #expect(html.contains("<input type=\"checkbox\" disabled checked> klar"))
    }
}
