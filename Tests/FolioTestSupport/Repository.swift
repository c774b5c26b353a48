import Foundation

/// The checkout Folio's tests run in: the real templates and the fixtures under `Tests/Fixtures/`.
/// Tests never read the bundled playbook (`content/`): its claims are checked by `scripts/check-content`.
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
