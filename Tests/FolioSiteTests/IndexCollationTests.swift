import Foundation
import Testing

@testable import FolioSite

/// `IndexCollation` against the locale compare: random terms of letters each language sorts its own
/// way (Swedish å ä ö, Danish æ ø å, Romanian ă â î ș ț, German ä ö ü, accents and capitals)
/// come out with every neighbour pair in the locale's order.
@Suite struct IndexCollationTests {
    @Test(arguments: ["sv_SE", "ro_RO", "de_DE", "da_DK", "nb_NO", "fi_FI", "en_GB"])
    func sortsAsTheLocaleCompareDoes(locale identifier: String) {
        let seed = 20_261_207
        var random = SplitMix(seed: UInt64(seed))
        let letters = Array("aAåÅäÄöÖæÆøØăĂâÂîÎșȘțȚéÉüÜzZsStTiIeEoO")
        let terms = (0..<400).map { _ in
            String((0..<(1 + random.next(6))).map { _ in letters[random.next(letters.count)] })
        }
        let locale = Locale(identifier: identifier)
        // The locale compare is not a strict order on such strings (a plain sort with it can leave pairs
        // out of order), so the property is the one an index needs: every neighbour pair is in the
        // locale's order, and nothing is lost.
        let fast = IndexCollation.sorted(terms, term: { $0 }, locale: locale)
        #expect(fast.sorted() == terms.sorted(), "seed \(seed), \(identifier): the same terms")
        for (earlier, later) in zip(fast, fast.dropFirst()) {
            // Foundation on Linux calls some pairs (`éæ`, `EÆâ`) smaller each than the other: either order is right.
            let before = later.compare(earlier, options: [.caseInsensitive], range: nil, locale: locale)
            let after = earlier.compare(later, options: [.caseInsensitive], range: nil, locale: locale)
            #expect(
                before != .orderedAscending || after == .orderedAscending,
                "seed \(seed), \(identifier): '\(later)' sorts before '\(earlier)'")
        }
    }
}
