import FolioData
import FolioDiagnostics
import FolioYAML
import Foundation

/// `content/data/snapshots/manifest.yml`: what `folio pull` wrote for each source query, so `folio check`
/// can tell a stale snapshot (older than `snapshotMaxAge`) and one whose SQL changed since it was pulled.
///
/// Written by `folio pull` only, in a fixed layout (queries sorted, one key per line), so a second pull
/// of unchanged data changes nothing but `pulledAt`.
public struct SnapshotManifest: Sendable, Equatable {
    /// One query's snapshot.
    public struct Entry: Sendable, Equatable {
        public var source: String
        /// `SnapshotManifest.sqlHash` of the `.sql` file's text when it was pulled.
        public var sql: String
        public var rows: Int
        public var columns: [(name: String, type: ColumnType)]
        /// When the pull finished, UTC, ISO 8601 to the second (`2026-11-30T18:12:25Z`).
        public var pulledAt: String

        public init(
            source: String, sql: String, rows: Int, columns: [(name: String, type: ColumnType)], pulledAt: String
        ) {
            self.source = source
            self.sql = sql
            self.rows = rows
            self.columns = columns
            self.pulledAt = pulledAt
        }

        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.source == rhs.source && lhs.sql == rhs.sql && lhs.rows == rhs.rows && lhs.pulledAt == rhs.pulledAt
                && lhs.columns.map(\.name) == rhs.columns.map(\.name)
                && lhs.columns.map(\.type) == rhs.columns.map(\.type)
        }
    }

    /// Entries by query name.
    public var entries: [String: Entry]

    public init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    /// The manifest's path relative to the site root.
    public static let path = "content/data/snapshots/manifest.yml"

    /// A short, stable fingerprint of a query file's text (64-bit FNV-1a), to see that it changed.
    public static func sqlHash(_ sql: String) -> String {
        "fnv1a64:" + ContentHash.hex(Array(sql.utf8), length: 16)
    }

    /// The manifest of the site at `root`, or an empty one when there is none yet.
    public static func load(root: URL) throws -> SnapshotManifest {
        let url = root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return SnapshotManifest() }
        return try parse(SourceText.read(url, displayPath: path))
    }

    /// Reads the manifest's text; a hand edit that breaks it is reported at its line.
    public static func parse(_ text: String) throws -> SnapshotManifest {
        let reader = YAMLReader(path: path, lineOffset: 0)
        var manifest = SnapshotManifest()
        for entry in try reader.mapping(text) {
            guard let fields = entry.value.mapping else {
                throw Diagnostic(entry.value.location, "'\(entry.key)' must be a mapping")
            }
            var columns: [(name: String, type: ColumnType)] = []
            for column in fields["columns"]?.sequence ?? [] {
                guard let mapping = column.mapping, let name = mapping["name"]?.string,
                    let type = mapping["type"]?.string.flatMap(ColumnType.init(rawValue:))
                else {
                    throw Diagnostic(column.location, "a column needs `name` and `type`")
                }
                columns.append((name, type))
            }
            manifest.entries[entry.key] = Entry(
                source: fields["source"]?.string ?? "", sql: fields["sql"]?.string ?? "",
                rows: fields["rows"]?.int ?? 0, columns: columns, pulledAt: fields["pulledAt"]?.string ?? "")
        }
        return manifest
    }

    /// The file's text: a comment, then one block per query, sorted by name.
    public func yaml() -> String {
        var text =
            "# Written by `folio pull`: one entry per source query (see \"Database sources\" in Folio's manual). "
            + "Do not edit.\n"
        for name in entries.keys.sorted() {
            guard let entry = entries[name] else { continue }
            text += "\(Self.quoted(name)):\n"
            text += "  source: \(Self.quoted(entry.source))\n"
            text += "  sql: \(Self.quoted(entry.sql))\n"
            text += "  rows: \(entry.rows)\n"
            text += "  pulledAt: \(Self.quoted(entry.pulledAt))\n"
            text += "  columns:\n"
            for column in entry.columns {
                text += "    - {name: \(Self.quoted(column.name)), type: \(column.type.rawValue)}\n"
            }
        }
        return text
    }

    /// The date `pulledAt` names, or nil when it is not `YYYY-MM-DDTHH:MM:SSZ`.
    public static func date(_ pulledAt: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: pulledAt)
    }

    /// `pulledAt` text for `date`.
    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// A YAML double-quoted scalar: safe for any name, column or hash.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\x%02X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
