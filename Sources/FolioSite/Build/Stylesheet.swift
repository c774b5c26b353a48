import FolioDiagnostics
import Foundation

/// The site's one stylesheet: `templates/css/*.css` joined in name order, published under a
/// content-hash name so hosts may cache it forever.
struct Stylesheet: Sendable {
    var contents: [UInt8]
    var fileName: String

    static func load(from folder: URL) throws -> Stylesheet {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".css")
        }.sorted()
        var text = ""
        for name in names {
            text += try SourceText.read(folder.appendingPathComponent(name), displayPath: "templates/css/\(name)")
            if !text.hasSuffix("\n") { text += "\n" }
        }
        let bytes = Array(text.utf8)
        return Stylesheet(contents: bytes, fileName: "style.\(ContentHash.hex(bytes)).css")
    }
}
