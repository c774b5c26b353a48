import FolioTestSupport
import FolioTheme
import Foundation
import Testing

/// The compiled-in theme must be the repository's `templates/` folder, byte for byte: the bundled
/// playbook (which carries the folder) and a site with only `content/` then build the same pages.
@Suite struct BuiltInThemeTests {
    /// Every theme file under `templates/`, as `scripts/embed-theme` finds them.
    static func templateFiles() throws -> [String: String] {
        let root = Repository.url("templates")
        var files: [String: String] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true,
                !url.lastPathComponent.hasPrefix(".")
            else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            files[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    @Test func generatedSourceMatchesTemplatesFolder() throws {
        let folder = try Self.templateFiles()
        let stale =
            Set(folder.keys).symmetricDifference(BuiltInTheme.files.keys).sorted()
            + folder.filter { BuiltInTheme.files[$0.key] != $0.value }.keys.sorted()
        #expect(
            stale.isEmpty,
            "Sources/FolioTheme/BuiltInTheme.swift is out of date for \(stale); run scripts/embed-theme")
    }

    @Test func holdsTheTemplatesStylesheetsStringsAndFavicon() {
        for path in [
            "base.mustache", "page.mustache", "css/base.css", "strings/sv.yml", "strings/ro.yml", "favicon.svg",
        ] {
            #expect(BuiltInTheme.files[path] != nil, "missing \(path)")
        }
    }
}
