import FolioTestSupport
import Foundation

/// What the source tests read back from a fixture site after a pull: its own files, not built ones.
extension FixtureSite {
    /// A source file of the site, e.g. `content/queries/volume.sql`.
    func text(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Whether the site has that source file.
    func has(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(relativePath).path)
    }
}
