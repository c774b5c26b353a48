import FolioDiagnostics
import FolioSite
import Foundation

/// Turns each language's print edition in a built site into its PDF (`site/sv/<title>.pdf`),
/// one language after the other (each Chromium run takes both cores).
///
/// A PDF is printed into a scratch folder, its dates set from the content (`PDFDates`) and its
/// structure ids numbered in order (`PDFNodeIDs`), `site.yml`'s author added (`PDFAuthor`), then
/// moved into the output folder, so a failed print never leaves half a file there.
public struct PDFPrinter {
    public let chromium: Chromium

    public init(chromium: Chromium) {
        self.chromium = chromium
    }

    /// Prints every edition of `site`, built into `output`; returns a line per PDF for the console.
    public func printAll(_ site: RenderedSite, output: URL) async throws -> [String] {
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent("folio-pdf-\(UUID().uuidString)")
        try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: scratch) }
        var lines: [String] = []
        for edition in site.printEditions {
            let start = Date()
            let page = output.appendingPathComponent(edition.page).standardizedFileURL
            guard manager.fileExists(atPath: page.path) else {
                throw Diagnostic(
                    SourceLocation(path: edition.page), "the print edition of '\(edition.language)' was not written",
                    hint: "a page of the site may use the print edition's address; rename it")
            }
            let printed = scratch.appendingPathComponent(edition.language + ".pdf")
            try await chromium.printToPDF(page: page, pdf: printed, scratch: scratch)
            var bytes = PDFNodeIDs.renumbered([UInt8](try Data(contentsOf: printed)))
            if let date = edition.date { bytes = PDFDates.stamped(bytes, isoDate: date) }
            if let author = edition.author { bytes = PDFAuthor.adding(author, to: bytes) }
            let target = output.appendingPathComponent(edition.pdf)
            let partial = target.appendingPathExtension("partial")
            try Data(bytes).write(to: partial)
            _ = try? manager.removeItem(at: target)
            try manager.moveItem(at: partial, to: target)
            let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
            let size = String(format: "%.1f", Double(bytes.count) / 1_048_576)
            lines.append("Printed \(edition.pdf) (\(size) MiB) in \(seconds) s")
        }
        return lines
    }
}
