import Foundation

/// A URL path checked to name something inside the served folder, or nothing at all.
///
/// Decoding happens once, here, and everything that could step outside the folder or be read
/// differently by the file system is refused rather than cleaned up: `..` and `.` segments (raw or
/// `%2e`-encoded), encoded slashes and backslashes (`%2f`, `%5c`), backslashes, NUL and other
/// control characters, empty segments (`//`), paths not starting at `/`, and hidden files such as
/// the `.folio-output` marker. Symbolic links are checked separately, on the real file system path.
struct RequestPath: Sendable, Equatable {
    /// The decoded segments, none empty, none starting with a dot.
    let segments: [String]
    /// Whether the path ended with `/`.
    let isFolder: Bool

    /// Checks a path as it arrived on the wire, still percent-encoded.
    init?(encoded raw: String) {
        let lowered = raw.lowercased()
        guard !["%2f", "%5c", "%00"].contains(where: { lowered.contains($0) }) else { return nil }
        guard let decoded = raw.removingPercentEncoding else { return nil }
        self.init(decoded: decoded)
    }

    /// Checks a path that was already percent-decoded.
    init?(decoded path: String) {
        guard path.first == "/" else { return nil }
        guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{7F}" || $0 == "\\" }) else {
            return nil
        }
        var parts = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        isFolder = parts.last == "" || parts.isEmpty
        if parts.last == "" { parts.removeLast() }
        guard parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") }) else { return nil }
        segments = parts
    }

    /// The path relative to the served folder, without a leading slash (`sv/kanaler/index.html`).
    var relative: String { segments.joined(separator: "/") }
}
