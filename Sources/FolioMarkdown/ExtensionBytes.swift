import Foundation

/// Which Markdown extensions can apply to a page, from a look at its bytes: a page without a
/// `|` has no table, without `~` no strikethrough, and so on, and skips those passes entirely.
/// `memchr`/`memmem` scan at memory speed, so a page with none of them pays almost nothing.
struct ExtensionBytes {
    var hasPipe = false
    var hasTilde = false
    /// `[ ]`, `[x]` or `[X]`: task list items.
    var hasTask = false
    /// `[^`: footnotes.
    var hasCaret = false
    /// `[`: links, which may use a reference definition.
    var hasBracket = false
    /// `://`, `@` or `www.`: extended autolinks.
    var hasAutolink = false
    /// `{lang=`: a passage or block marked as another language (`LanguagePassages`).
    var hasLanguageMark = false

    init(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
            let count = buffer.count
            func has(_ byte: UInt8) -> Bool { memchr(base, Int32(byte), count) != nil }
            // Each candidate first byte is found by `memchr`; only those are compared further.
            func has(_ needle: String) -> Bool {
                let bytes = Array(needle.utf8)
                var offset = 0
                while offset < count, let hit = memchr(base + offset, Int32(bytes[0]), count - offset) {
                    let position = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if position + bytes.count <= count,
                        bytes.indices.allSatisfy({ buffer[position + $0] == bytes[$0] })
                    {
                        return true
                    }
                    offset = position + 1
                }
                return false
            }
            hasPipe = has(UInt8(ascii: "|"))
            hasTilde = has(UInt8(ascii: "~"))
            hasBracket = has(UInt8(ascii: "["))
            if hasBracket {
                hasTask = has("[ ]") || has("[x]") || has("[X]")
                hasCaret = has("[^")
            }
            hasAutolink = has("://") || has(UInt8(ascii: "@")) || has("www.") || has("WWW.")
            hasLanguageMark = has("{lang=")
        }
    }
}
