/// GFM's tag filter ("Disallowed Raw HTML", GFM spec 0.29 section 6.11): in raw HTML, the `<` of
/// `<title>`, `<textarea>`, `<style>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>`, `<script>`
/// and `<plaintext>` (opening or closing) becomes `&lt;`, so the tag shows as text.
enum TagFilter {
    private static let names = [
        "title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext",
    ]
    .map { Array($0.utf8) }

    /// `html` with the listed tags' `<` escaped; everything else as written.
    static func filtered(_ html: String) -> String {
        let bytes = Array(html.utf8)
        guard bytes.contains(UInt8(ascii: "<")) else { return html }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 8)
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "<"), isFiltered(bytes[index...]) {
                result += Array("&lt;".utf8)
            } else {
                result.append(bytes[index])
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `tag` starts with one of the names, as cmark-gfm's `is_tag` decides: `<`, an
    /// optional `/`, the name in any case, then whitespace, `>` or `/>`.
    private static func isFiltered(_ tag: ArraySlice<UInt8>) -> Bool {
        var start = tag.startIndex + 1
        if start < tag.endIndex, tag[start] == UInt8(ascii: "/") { start += 1 }
        for name in names {
            let end = start + name.count
            guard end < tag.endIndex,
                zip(tag[start..<end], name).allSatisfy({ pair in pair.0 | 0x20 == pair.1 && pair.0 >= 0x41 })
            else { continue }
            let next = tag[end]
            if next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == 0x0C || next == 0x0B
                || next == UInt8(ascii: ">")
            {
                return true
            }
            if next == UInt8(ascii: "/"), end + 1 < tag.endIndex, tag[end + 1] == UInt8(ascii: ">") { return true }
        }
        return false
    }
}
