import Testing

@testable import FolioPrint

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

    @Test func authorIsAddedAsAnIncrementalUpdate() {
        let body = "%PDF-1.4\n1 0 obj\n<</Title (T)>>\nendobj\n2 0 obj\n<</Type /Catalog>>\nendobj\n"
        let pdf =
            body + "xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000040 00000 n \n"
            + "trailer\n<</Size 3\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n\(body.utf8.count)\n%%EOF\n"
        let updated = PDFAuthor.adding("Åsa", to: Array(pdf.utf8))
        #expect(Array(updated.prefix(pdf.utf8.count)) == Array(pdf.utf8), "nothing Chromium wrote moves")
        let tail = String(decoding: updated.dropFirst(pdf.utf8.count), as: UTF8.self)
        let object = "1 0 obj\n<</Title (T)\n/Author <FEFF00C500730061>>>\nendobj\n"
        let objectAt = pdf.utf8.count + 1
        let xrefAt = objectAt + object.utf8.count
        #expect(
            tail
                == "\n" + object + "xref\n1 1\n" + String(format: "%010d", objectAt) + " 00000 n \ntrailer\n"
                + "<</Size 3\n/Root 2 0 R\n/Info 1 0 R\n/Prev \(body.utf8.count)>>\nstartxref\n\(xrefAt)\n%%EOF\n")
        #expect(PDFAuthor.adding("", to: Array(pdf.utf8)) == Array(pdf.utf8))
        #expect(PDFAuthor.adding("A", to: Array("not a pdf".utf8)) == Array("not a pdf".utf8))
    }
}
