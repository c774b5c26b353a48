/// A text as read or made, or packed (`PackedText`): a page's Markdown (`Page.packingBody`) and a
/// cached body's HTML, which `folio serve` keeps packed. Two texts are equal when their characters
/// are, however each is held; packed ones compare by their bytes (a text always packs the same).
enum HeldText: Sendable, Hashable {
    case plain(String)
    case packed(PackedText)

    var text: String {
        switch self {
        case let .plain(text): text
        case let .packed(packed): packed.text
        }
    }

    static func == (lhs: HeldText, rhs: HeldText) -> Bool {
        switch (lhs, rhs) {
        case let (.packed(left), .packed(right)): left == right
        default: lhs.text == rhs.text
        }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }
}
