import FolioData
import FuzzCommon

/// libFuzzer entry: raw bytes as a JSON data file (an array of flat objects).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    FuzzOracle.expectDiagnostics(path: "content/data/fuzz.json") {
        let table = try JSONTableReader().read(bytes, path: "content/data/fuzz.json")
        for column in table.columns {
            FuzzOracle.require(column.values.count == table.rowCount, "column \(column.name) is ragged")
        }
    }
    return 0
}
