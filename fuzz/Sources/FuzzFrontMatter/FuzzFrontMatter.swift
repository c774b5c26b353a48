import FolioSite
import FuzzCommon

/// libFuzzer entry: a whole page file, split at its `---` fences and its YAML header read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    FuzzOracle.expectDiagnostics(path: "content/sv/fuzz.md") {
        let split = try FrontMatter.split(text, path: "content/sv/fuzz.md")
        FuzzOracle.require(!split.frontMatter.title.isEmpty, "accepted a page without a title")
        FuzzOracle.require(split.bodyFirstLine >= 3, "body starts inside the front matter")
    }
    return 0
}
