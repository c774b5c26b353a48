import FolioDiagnostics
import FolioFormats
import Foundation

/// The site's one stylesheet: the theme's `css/*.css` (`templates/css/` over the built-in files) joined in name order, published under a
/// content-hash name so hosts may cache it forever.
struct Stylesheet: Sendable {
    var contents: [UInt8]
    var fileName: String

    /// Joins the theme's `css/*.css` files (the site's replacing built-in ones of the same name) in name order.
    static func load(theme: SiteTheme) -> Stylesheet {
        var text = ""
        for file in theme.files(in: "css", suffix: ".css") {
            text += file.text
            if !text.hasSuffix("\n") { text += "\n" }
        }
        let bytes = Array(text.utf8)
        return Stylesheet(contents: bytes, fileName: "style.\(ContentHash.hex(bytes)).css")
    }
}
