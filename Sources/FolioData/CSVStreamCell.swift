/// One value of a `CSVStream` row, typed as `CSVReader` would type it, in the form SQLite stores it:
/// numbers, percents (a fraction) and durations (seconds) as `Double`; text, months and dates as UTF-8.
///
/// `bytes` points into the file and is valid only during the `forEachRow` call that handed it out; `text`
/// is for the rare cell that had to be rewritten (`""` undone, Unicode white space trimmed).
public enum CSVStreamCell {
    case missing
    case number(Double)
    case bytes(UnsafeBufferPointer<UInt8>)
    case text(String)
}
