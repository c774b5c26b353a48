import Foundation

/// The checkout Folio's tests run in: the bundled playbook, the real templates and the fixtures
/// under `Tests/Fixtures/`.
public enum Repository {
    /// Found from this file's path (`Tests/FolioTestSupport/Repository.swift`), so tests run from
    /// any working directory.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `relativePath` inside the checkout (`templates`, `Tests/Fixtures/hostile`).
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }
}
