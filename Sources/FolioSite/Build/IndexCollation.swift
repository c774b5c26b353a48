import Foundation
import Synchronization

/// Sorts subject-index terms in a language's CLDR order (Foundation's locale-aware compare) with
/// few locale comparisons.
///
/// On Linux each locale-aware `compare` builds a new CoreFoundation locale, so sorting 50,000
/// terms with it (800,000 comparisons) was most of a 10,000-page build. Here the terms are first
/// sorted by a cheap key that agrees with the language's alphabet almost everywhere (its own
/// letters after their base or after `z`, other marks folded away), then an insertion sort with the
/// locale compare puts right what the key got wrong: the result is exactly the locale's order, and
/// the locale compare runs about once per term when the key is right.
///
/// The order of the last few term lists is kept (per locale, for the life of the process): in
/// `folio serve`, an edit that changes no term (a page's title, its text) sorts the same 50,000
/// terms again, which was nearly all of a title edit's rebuild; the same list gets the same order.
enum IndexCollation {
    static func sorted<Item>(_ items: [Item], term: (Item) -> String, locale: Locale) -> [Item] {
        let terms = items.map(term)
        let id = locale.identifier
        if let order = recent.withLock({ $0[id]?.first(where: { $0.terms == terms })?.order }) {
            return order.map { items[$0] }
        }
        let order = self.order(terms, locale: locale)
        recent.withLock { recent in
            recent[id] = [(terms, order)] + (recent[id] ?? []).prefix(3)
        }
        return order.map { items[$0] }
    }

    /// The term lists sorted last, with their order, by locale.
    private static let recent = Mutex<[String: [(terms: [String], order: [Int])]]>([:])

    /// The order `sorted` puts terms in, one pair at a time: what places a term in a sorted list
    /// without sorting it again (`SubjectIndexState`).
    struct Order {
        let locale: Locale
        let language: String
        /// Two terms of plain letters a-z compare as their keys do in every shipped language but
        /// Danish and Norwegian (where `aa` is `å`): the locale compare is left for the rest.
        let plainCompares: Bool

        init(locale: Locale) {
            self.locale = locale
            language = locale.language.languageCode?.identifier ?? ""
            plainCompares = !["da", "nb", "nn", "no"].contains(language)
        }

        /// Whether term `a` (with its `key`) comes before `b`.
        func less(_ a: String, _ aKey: String, _ b: String, _ bKey: String) -> Bool {
            if plainCompares, isPlain(a), isPlain(b) { return aKey < bKey }
            return a.compare(b, options: [.caseInsensitive], range: nil, locale: locale) == .orderedAscending
        }

        func less(_ a: String, _ b: String) -> Bool {
            less(a, key(a, language: language), b, key(b, language: language))
        }
    }

    /// The places of `terms` in the locale's order (ties in their order).
    private static func order(_ terms: [String], locale: Locale) -> [Int] {
        let order = Order(locale: locale)
        var result = terms.enumerated().map { (key: key($1, language: order.language), index: $0) }
            .sorted { ($0.key, $0.index) < ($1.key, $1.index) }
        func less(_ a: (key: String, index: Int), _ b: (key: String, index: Int)) -> Bool {
            order.less(terms[a.index], a.key, terms[b.index], b.key)
        }
        for index in result.indices.dropFirst() {
            var place = index
            while place > 0, less(result[place], result[place - 1]) {
                result.swapAt(place, place - 1)
                place -= 1
            }
        }
        return result.map(\.index)
    }

    /// Letters a-z and A-Z only.
    private static func isPlain(_ term: String) -> Bool {
        term.utf8.allSatisfy { (0x61...0x7A).contains($0 | 0x20) }
    }

    /// Letters that sort as letters of their own in a language, and where: after `z` (`{`, `|`,
    /// `}` follow `z` in ASCII), or right after their base letter.
    private static let ownLetters: [String: [Character: String]] = [
        "sv": ["å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"],
        "fi": ["å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"],
        "da": ["æ": "{", "ø": "|", "å": "}"],
        "nb": ["æ": "{", "ø": "|", "å": "}"],
        "ro": [
            "ă": "a\u{7F}", "â": "a\u{7F}\u{7F}", "î": "i\u{7F}", "ș": "s\u{7F}", "ş": "s\u{7F}", "ț": "t\u{7F}",
            "ţ": "t\u{7F}",
        ],
    ]

    /// The cheap key: lower case, the language's own letters placed, other marks folded away.
    static func key(_ term: String, language: String) -> String {
        let own = ownLetters[language] ?? [:]
        var key = ""
        for character in term.lowercased() {
            if let placed = own[character] { key += placed } else { key.append(character) }
        }
        // One fold per term (the placed letters are ASCII, which folding keeps).
        return key.folding(options: [.diacriticInsensitive], locale: nil)
    }
}
