import Testing

@testable import FolioSite

/// The two in-place fixes `folio pdf` makes to Chromium's PDF, on PDF-shaped bytes.
@Suite struct PDFPostProcessingTests {
    static let info =
        "1 0 obj\n<</Title (T)\n/CreationDate (D:20261130161436+00'00')\n/ModDate (D:20261130161437-05'00')>>\nendobj\n"

    @Test func datesComeFromTheContentWithTheSameLength() {
        let stamped = PDFDates.stamped(Array(Self.info.utf8), isoDate: "2026-05-02")
        #expect(stamped.count == Self.info.utf8.count, "no offset may move")
        #expect(
            String(decoding: stamped, as: UTF8.self)
                == "1 0 obj\n<</Title (T)\n/CreationDate (D:20260502000000+00'00')\n/ModDate (D:20260502000000+00'00')>>\nendobj\n"
        )
    }

    @Test func aDateOfAnotherShapeOrABadISODateIsLeftAlone() {
        let odd = Array("/CreationDate (D:2026)".utf8)
        #expect(PDFDates.stamped(odd, isoDate: "2026-05-02") == odd)
        let info = Array(Self.info.utf8)
        #expect(PDFDates.stamped(info, isoDate: "maj") == info)
    }

    @Test func structureIDsAreNumberedByFirstAppearance() {
        let pdf = "/ID (node00001567)>> /ID (node00001570)>> /IDTree [(node00001567) 3 0 R] (node12)"
        let renumbered = String(decoding: PDFNodeIDs.renumbered(Array(pdf.utf8)), as: UTF8.self)
        #expect(renumbered == "/ID (node00000001)>> /ID (node00000002)>> /IDTree [(node00000001) 3 0 R] (node03)")
        #expect(renumbered.utf8.count == pdf.utf8.count)
    }
}
