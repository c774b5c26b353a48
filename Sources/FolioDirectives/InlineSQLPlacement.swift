import FolioDiagnostics
import FolioYAML

/// Where SQL written in a spec (`sql:`) sits in the Markdown file, so an error SQLite reports at a byte
/// of the query points at that character in the page.
///
/// A `|` block scalar keeps the SQL's lines as written, each indented by the same amount: the first
/// character is on the line after `|`, and later lines are shifted by that indentation. A one-line value
/// starts where YAML places it (after an opening quote). Folded or multi-line plain values lose their line
/// breaks in YAML, so their errors point at the value's start.
struct InlineSQLPlacement {
    /// Where the SQL's first character is.
    var start: SourceLocation
    /// Columns added to every SQL line after the first (the block scalar's indentation).
    var indent: Int
    /// The SQL's own line and column cannot be recovered; errors go to `start`.
    var exact: Bool

    init(entry: YAMLBlock.Entry, block: YAMLBlock, text: String?) {
        let value = entry.value.location
        let scalar = entry.value.scalar
        switch scalar?.style {
        case .literal?:
            let lines = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false) } ?? []
            // The value's line in the block's own text, counted from 1 (the block starts at the reader's origin):
            // the line after `|` is index `yamlLine` in the block's text.
            let yamlLine = (value.line ?? 0) - (block.reader.origin.line ?? 1) + 1
            let next = yamlLine < lines.count ? lines[yamlLine] : ""
            let indent = next.prefix { $0 == " " }.count
            start = SourceLocation(path: value.path, line: (value.line ?? 1) + 1, column: indent + 1)
            self.indent = indent
            exact = text != nil
        case .singleQuoted?, .doubleQuoted?:
            start = SourceLocation(path: value.path, line: value.line, column: (value.column ?? 1) + 1)
            indent = 0
            exact = !(scalar?.text.contains("\n") ?? false)
        default:
            start = value
            indent = 0
            exact = !(scalar?.text.contains("\n") ?? false)
        }
    }

    /// `diagnostic` moved from the SQL's own coordinates to the Markdown file's.
    func relocated(_ diagnostic: Diagnostic) -> Diagnostic {
        var moved = diagnostic
        guard diagnostic.location.path == start.path else { return moved }
        if !exact {
            moved.location = SourceLocation(path: start.path, line: start.line, column: start.column)
        } else if let line = diagnostic.location.line, let column = diagnostic.location.column,
            line > (start.line ?? 1)
        {
            moved.location = SourceLocation(path: start.path, line: line, column: column + indent)
        }
        return moved
    }
}
