import FolioData
import FolioQuery

/// What a text column's values look like so far: all ISO months, all ISO days, or neither. A text column whose
/// every value is one reads back as `month` or `date`, as a SQLite query's result column is typed.
struct TextShape {
    private var allMonths = true
    private var allDays = true

    /// Looks at one written field: a month is exactly 7 ASCII bytes, a day 10, so other lengths need no look.
    mutating func track(_ field: ArraySlice<UInt8>) {
        guard allMonths || allDays else { return }
        if allMonths, field.count != 7 || ISOText.month(String(decoding: field, as: UTF8.self)) == nil {
            allMonths = false
        }
        if allDays, field.count != 10 || ISOText.day(String(decoding: field, as: UTF8.self)) == nil {
            allDays = false
        }
    }

    /// The type a column of `kind` reads back as, once `rows` rows are written.
    func type(of kind: CellText.Kind, rows: Int) -> ColumnType {
        switch kind {
        case .number: .number
        case .date: .date
        case .text: rows > 0 && allMonths ? .month : rows > 0 && allDays ? .date : .text
        }
    }
}
