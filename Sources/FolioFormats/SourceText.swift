import FolioDiagnostics
import Foundation

/// Turns an author's page, template or configuration file into text: UTF-8 checked with its
/// position (`UTF8Text`), line breaks normalised to LF so every later line count agrees.
public enum SourceText {
    /// Decodes `bytes` as UTF-8, dropping a leading byte-order mark and normalising CRLF to LF.
    public static func decode(_ bytes: [UInt8], path: String) throws -> String {
        let text = try UTF8Text.decode(bytes, path: path)
        return bytes.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// Reads and decodes a file, reporting a missing or unreadable file as a diagnostic.
    public static func read(_ url: URL, displayPath: String) throws -> String {
        try decode(bytes(atPath: url.path, displayPath: displayPath), path: displayPath)
    }

    /// Reads a file's bytes, reporting a missing or unreadable file as a diagnostic.
    public static func bytes(atPath path: String, displayPath: String) throws -> [UInt8] {
        guard let bytes = FileBytes.read(path) else {
            throw Diagnostic(
                SourceLocation(path: displayPath), "cannot read file", hint: "check that it exists and is readable")
        }
        return bytes
    }
}
