import Ccmark
import Testing

@testable import FolioMarkdown

/// The one walk over cmark's tree: document order, enter and exit, and lines when tracked.
@Suite struct CmarkWalkTests {
    @Test func visitsEveryNodeInDocumentOrder() throws {
        let document = try #require(CmarkTree.parse("# A\n\nb *c*\n", options: CMARK_OPT_DEFAULT))
        defer { cmark_node_free(document) }
        var steps: [String] = []
        CmarkWalk.walk(document) { step in
            let name = String(cString: cmark_node_get_type_string(step.node))
            steps.append((step.isEnter ? "+" : "-") + name)
        }
        #expect(
            steps == [
                "+document", "+heading", "+text", "-heading", "+paragraph", "+text", "+emph", "+text", "-emph",
                "-paragraph", "-document",
            ])
    }

    @Test func tracksTheLineOfInlines() throws {
        let document = try #require(CmarkTree.parse("Intro\n\nett\ntvå *tre*\n", options: CMARK_OPT_DEFAULT))
        defer { cmark_node_free(document) }
        var tracker = LineTracker()
        var lines: [String: Int] = [:]
        CmarkWalk.walk(document, tracking: &tracker) { step in
            if step.type == CMARK_NODE_TEXT { lines[CmarkTree.literal(step.node)] = step.line }
        }
        #expect(lines == ["Intro": 1, "ett": 3, "två ": 4, "tre": 4])
    }
}
