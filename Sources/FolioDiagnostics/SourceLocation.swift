/// A place in an author's file, printed compiler-style (`path:line:column`) so editors can jump to it.
///
/// Lines and columns are 1-based; columns count Unicode characters unless a producer says otherwise.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// The same file, `lines` further down: used to add back lines a parser never saw (front matter).
    public func shifted(byLines lines: Int) -> SourceLocation {
        SourceLocation(path: path, line: line.map { $0 + lines }, column: column)
    }

    public var description: String {
        switch (line, column) {
        case let (line?, column?): "\(path):\(line):\(column)"
        case let (line?, nil): "\(path):\(line)"
        default: path
        }
    }
}
