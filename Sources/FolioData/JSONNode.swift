/// A parsed JSON value with the line and column it starts at, so table errors can point into the file.
///
/// Objects keep their keys in file order: a table's columns follow the order the author wrote them.
struct JSONNode: Sendable, Hashable {
    indirect enum Value: Sendable, Hashable {
        case object([Member])
        case array([JSONNode])
        case string(String)
        /// The number and its literal text, so a number in a text column reads as the author wrote it.
        case number(Double, literal: String)
        case bool(Bool)
        case null
    }

    struct Member: Sendable, Hashable {
        var key: String
        var line: Int
        var column: Int
        var value: JSONNode
    }

    var value: Value
    var line: Int
    var column: Int

    /// What kind of value this is, for error messages.
    var kindName: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}
