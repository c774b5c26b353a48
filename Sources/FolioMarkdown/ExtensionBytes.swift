/// Which Markdown extensions can apply to a page, from one look at its bytes: a page without a
/// `|` has no table, without `~` no strikethrough, and so on, and skips those passes entirely.
struct ExtensionBytes {
    var hasPipe = false
    var hasTilde = false
    /// `[`: task list items and footnotes.
    var hasBracket = false
    /// `[^`: footnotes.
    var hasCaret = false
    /// `:`, `@` or `www.`: extended autolinks.
    var hasAutolink = false

    init(_ text: String) {
        var colon = false
        var at = false
        var www = false
        var previous: UInt8 = 0
        var wCount = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "|"): hasPipe = true
            case UInt8(ascii: "~"): hasTilde = true
            case UInt8(ascii: "["): hasBracket = true
            case UInt8(ascii: "^"): if previous == UInt8(ascii: "[") { hasCaret = true }
            case UInt8(ascii: ":"): colon = true
            case UInt8(ascii: "@"): at = true
            case UInt8(ascii: "."): if wCount >= 3 { www = true }
            default: break
            }
            wCount = byte == UInt8(ascii: "w") || byte == UInt8(ascii: "W") ? wCount + 1 : 0
            previous = byte
        }
        hasAutolink = colon || at || www
    }
}
