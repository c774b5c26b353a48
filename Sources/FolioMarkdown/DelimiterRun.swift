/// The CommonMark rules for whether a run of delimiter characters (`~~`) can open or close a span,
/// from the characters on either side of it ("left-flanking" and "right-flanking" runs).
struct DelimiterRun: Equatable {
    var canOpen: Bool
    var canClose: Bool

    /// What stands next to a run: nothing (start or end of the text, a line break), or a character.
    enum Neighbour: Equatable {
        case whitespace, punctuation, other

        init(_ scalar: Unicode.Scalar?) {
            guard let scalar else {
                self = .whitespace
                return
            }
            if scalar.properties.isWhitespace {
                self = .whitespace
            } else if scalar.isASCII {
                let value = UInt8(scalar.value)
                let isPunctuation =
                    (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value)
                    || (0x7B...0x7E).contains(value)
                self = isPunctuation ? .punctuation : .other
            } else {
                switch scalar.properties.generalCategory {
                case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                    .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
                    .modifierSymbol, .otherSymbol:
                    self = .punctuation
                default: self = .other
                }
            }
        }
    }

    init(before: Neighbour, after: Neighbour) {
        let leftFlanking =
            after != .whitespace && (after != .punctuation || before == .whitespace || before == .punctuation)
        let rightFlanking =
            before != .whitespace && (before != .punctuation || after == .whitespace || after == .punctuation)
        canOpen = leftFlanking
        canClose = rightFlanking
    }
}
