import FolioDiagnostics
import FolioYAML
import Foundation

/// Reads `content/sources.yml`: each top-level key names a source, its `type:` one of `SourceEngines.all`.
///
/// ```yaml
/// warehouse:
///   type: postgres        # or clickhouse
///   url: ${FOLIO_WAREHOUSE_URL}
///   timeout: 60s
///   maxRows: 1000000
/// ```
///
/// Unknown keys are errors with a "did you mean"; `${VAR}` comes from the environment and a missing one
/// is an error naming the variable and the source.
enum SourcesFile {
    static let path = "content/sources.yml"
    static let keys = ["type", "url", "timeout", "maxRows"]

    /// The sources of the site at `root`; none without the file.
    static func load(root: URL, environment: [String: String]) throws -> [String: Source] {
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else { return [:] }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(SourceLocation(path: path), "is not UTF-8 text")
        }
        return try parse(text, environment: environment)
    }

    static func parse(_ text: String, environment: [String: String]) throws -> [String: Source] {
        let reader = YAMLReader(path: path, lineOffset: 0)
        var sources: [String: Source] = [:]
        var problems: [Diagnostic] = []
        for entry in try reader.mapping(text) {
            do {
                sources[entry.key] = try source(
                    entry.key, entry.value, at: entry.keyLocation, reader: reader)
            } catch {
                problems += DiagnosticList(flattening: error, at: entry.keyLocation).diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return sources

        func source(_ name: String, _ node: YAMLValue, at location: SourceLocation, reader: YAMLReader) throws -> Source
        {
            guard let mapping = node.mapping else {
                throw Diagnostic(
                    node.location, "source '\(name)' must be a mapping",
                    hint: "for example `type: postgres` (or clickhouse) and `url: ${FOLIO_WAREHOUSE_URL}` under it")
            }
            let unknown = reader.unknownKeys(of: mapping, known: keys) { "source '\(name)': unknown key '\($0)'" }
            if !unknown.isEmpty { throw DiagnosticList(unknown) }
            guard let typeNode = mapping["type"] else {
                throw Diagnostic(
                    location, "source '\(name)' needs a `type`", hint: "one of: \(SourceEngines.typeList)")
            }
            let type = try reader.string(typeNode, key: "type")
            guard let engine = SourceEngines.named(type) else {
                throw Diagnostic(
                    typeNode.location, "source '\(name)': unknown type '\(type)'",
                    hint: "Folio reads `type:` \(SourceEngines.typeList)")
            }
            guard let urlNode = mapping["url"] else {
                throw Diagnostic(
                    location, "source '\(name)' needs a `url`",
                    hint: "for example `url: ${FOLIO_WAREHOUSE_URL}`, set in the environment")
            }
            let written = try reader.string(urlNode, key: "url")
            let urlLocation = urlNode.location
            if written.contains("://"), !written.contains("${"), URLComponents(string: written)?.password != nil {
                throw Diagnostic(
                    urlLocation, "source '\(name)': the url holds a password",
                    hint:
                        "credentials never sit in files: write `url: ${FOLIO_\(name.uppercased())_URL}` and set that variable"
                )
            }
            let address: Result<any SourceEngine, Diagnostic>
            do {
                let expanded = try EnvironmentText.expand(written, environment: environment)
                do {
                    address = .success(try engine.init(url: expanded))
                } catch {
                    address = .failure(
                        Diagnostic(urlLocation, "source '\(name)': the url \(error.message)", hint: error.hint))
                }
            } catch {
                address = .failure(
                    Diagnostic(
                        urlLocation, "source '\(name)': the environment variable \(error.name) is not set",
                        hint: "set \(error.name) to the database URL, e.g. \(engine.urlExample)")
                )
            }
            var timeout = Source.defaultTimeout
            if let node = mapping["timeout"] {
                let text = try reader.string(node, key: "timeout")
                guard let seconds = SpecQuantity.parse(text), seconds > 0, !text.hasSuffix("%") else {
                    throw Diagnostic(
                        node.location, "source '\(name)': 'timeout' must be a positive duration",
                        hint: "for example `timeout: 60s` or `2 min`")
                }
                timeout = seconds
            }
            var maxRows = Source.defaultMaxRows
            if let node = mapping["maxRows"] {
                maxRows = try reader.int(node, key: "maxRows")
                guard maxRows > 0 else {
                    throw Diagnostic(node.location, "source '\(name)': 'maxRows' must be positive")
                }
            }
            return Source(name: name, address: address, timeout: timeout, maxRows: maxRows, location: location)
        }
    }
}
