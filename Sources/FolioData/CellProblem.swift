/// Why one cell could not be read as its column's type, with the fix to suggest to the author.
struct CellProblem: Error, Sendable, Hashable {
    var message: String
    var hint: String
}
