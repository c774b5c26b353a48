import FolioDiagnostics
import FolioSite
import Foundation

/// Turns each language's print edition in a built site into its PDF (`site/sv/<title>.pdf`),
/// one language after the other (each Chromium run takes both cores), or chosen pages into one
/// PDF each (`PagePrint`), two at a time (a page's print is mostly the browser starting).
///
/// A PDF is printed into a scratch folder, its dates set from the content (`PDFDates`) and its
/// structure ids numbered in order (`PDFNodeIDs`), `site.yml`'s author added (`PDFAuthor`), then
/// moved into the output folder, so a failed print never leaves half a file there.
public struct PDFPrinter: Sendable {
    public let chromium: Chromium
    /// How many pages print at once in `printPages`.
    public var width = 2

    public init(chromium: Chromium) {
        self.chromium = chromium
    }

    /// Prints every edition of `site`, built into `output`; returns a line per PDF for the console.
    public func printAll(_ site: RenderedSite, output: URL) async throws -> [String] {
        try await withScratch { scratch in
            var lines: [String] = []
            for edition in site.printEditions {
                let page = output.appendingPathComponent(edition.page).standardizedFileURL
                guard FileManager.default.fileExists(atPath: page.path) else {
                    throw Diagnostic(
                        SourceLocation(path: edition.page),
                        "the print edition of '\(edition.language)' was not written",
                        hint: "a page of the site may use the print edition's address; rename it")
                }
                let job = PagePrint(
                    language: edition.language, page: edition.page, pdf: edition.pdf, date: edition.date,
                    author: edition.author)
                lines.append(try await print(job, from: page, output: output, scratch: scratch))
            }
            return lines
        }
    }

    /// Prints each chosen page of a site built into `output` to its own PDF, its data tables open
    /// and without download links (`PaperMarkup`), as the print edition prints them.
    public func printPages(_ prints: [PagePrint], output: URL) async throws -> [String] {
        try await withScratch { scratch in
            try await withThrowingTaskGroup(of: (Int, String).self) { group in
                var lines = [String](repeating: "", count: prints.count)
                for (index, job) in prints.enumerated() {
                    if index >= width, let (done, line) = try await group.next() { lines[done] = line }
                    group.addTask {
                        let folder = scratch.appendingPathComponent("page-\(index)")
                        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                        let paper = try paperCopy(of: job, output: output, in: folder)
                        return (index, try await print(job, from: paper, output: output, scratch: folder))
                    }
                }
                for try await (done, line) in group { lines[done] = line }
                return lines
            }
        }
    }

    /// The page as paper shows it, in `folder`: the built page with `PaperMarkup` applied and a
    /// `<base>` at its own folder, so its stylesheet, images and links resolve as they do in place.
    private func paperCopy(of job: PagePrint, output: URL, in folder: URL) throws -> URL {
        let page = output.appendingPathComponent(job.page).standardizedFileURL
        guard let html = try? String(contentsOf: page, encoding: .utf8) else {
            throw Diagnostic(
                SourceLocation(path: job.page), "the page was not written, so it cannot be printed",
                hint: "build the site again; a page of the site may use this page's address")
        }
        let copy = folder.appendingPathComponent("page.html")
        let base = page.deletingLastPathComponent().absoluteString
        try Data(PaperMarkup.page(html, base: base).utf8).write(to: copy)
        return copy
    }

    /// Prints `page` to the job's PDF: printed into `scratch`, made reproducible, then moved in place.
    private func print(_ job: PagePrint, from page: URL, output: URL, scratch: URL) async throws -> String {
        let start = Date()
        let printed = scratch.appendingPathComponent(job.language + ".pdf")
        try await chromium.printToPDF(page: page, pdf: printed, scratch: scratch)
        var bytes = PDFNodeIDs.renumbered([UInt8](try Data(contentsOf: printed)))
        if let date = job.date { bytes = PDFDates.stamped(bytes, isoDate: date) }
        if let author = job.author { bytes = PDFAuthor.adding(author, to: bytes) }
        let manager = FileManager.default
        let target = output.appendingPathComponent(job.pdf)
        let partial = target.appendingPathExtension("partial")
        try Data(bytes).write(to: partial)
        _ = try? manager.removeItem(at: target)
        try manager.moveItem(at: partial, to: target)
        let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
        let size = String(format: "%.1f", Double(bytes.count) / 1_048_576)
        return "Printed \(job.pdf) (\(size) MiB) in \(seconds) s"
    }

    /// Runs `work` with a fresh scratch folder, removed afterwards whatever happens.
    private func withScratch<T>(_ work: (URL) async throws -> T) async throws -> T {
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent("folio-pdf-\(UUID().uuidString)")
        try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: scratch) }
        return try await work(scratch)
    }
}
