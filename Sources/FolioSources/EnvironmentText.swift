/// `${NAME}` in `content/sources.yml`, replaced by the environment variable's value: credentials live in the
/// environment (a CI secret, a shell profile), never in a committed file.
enum EnvironmentText {
    /// `text` with every `${NAME}` replaced; throws the first variable that is not set (or is empty).
    static func expand(_ text: String, environment: [String: String]) throws(MissingVariable) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "${") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
                result += rest[open.lowerBound...]
                return result
            }
            let name = String(rest[open.upperBound..<close])
            guard let value = environment[name], !value.isEmpty else { throw MissingVariable(name: name) }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    struct MissingVariable: Error {
        var name: String
    }
}
