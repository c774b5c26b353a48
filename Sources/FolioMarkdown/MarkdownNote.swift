/// Something in the Markdown that renders but is probably not what the author meant (an undefined
/// footnote, a table whose rows do not line up), for `folio check` to report as a warning.
public struct MarkdownNote: Sendable, Hashable {
    /// Line in the author's file.
    public var line: Int
    public var message: String
    public var hint: String?

    public init(line: Int, message: String, hint: String? = nil) {
        self.line = line
        self.message = message
        self.hint = hint
    }
}
