/// The point marker of a series, so series differ by shape and not by colour alone.
enum MarkerShape: Int, Sendable, CaseIterable {
    case circle
    case square
    case triangle
    case diamond
    case triangleDown
    case cross

    /// A closed path centred on (x, y) whose shapes have about the same visual area at `size`.
    func path(x: Double, y: Double, size: Double) -> String {
        let r = size / 2
        func p(_ dx: Double, _ dy: Double) -> String { SVGNumber.text(x + dx) + " " + SVGNumber.text(y + dy) }
        switch self {
        case .circle:
            return "M\(p(-r, 0))a\(SVGNumber.text(r)) \(SVGNumber.text(r)) 0 1 0 \(SVGNumber.text(2 * r)) 0"
                + "a\(SVGNumber.text(r)) \(SVGNumber.text(r)) 0 1 0 \(SVGNumber.text(-2 * r)) 0Z"
        case .square:
            let s = r * 0.9
            return "M\(p(-s, -s))L\(p(s, -s))L\(p(s, s))L\(p(-s, s))Z"
        case .triangle:
            return "M\(p(0, -r * 1.2))L\(p(r * 1.1, r * 0.8))L\(p(-r * 1.1, r * 0.8))Z"
        case .diamond:
            return "M\(p(0, -r * 1.25))L\(p(r * 1.25, 0))L\(p(0, r * 1.25))L\(p(-r * 1.25, 0))Z"
        case .triangleDown:
            return "M\(p(0, r * 1.2))L\(p(r * 1.1, -r * 0.8))L\(p(-r * 1.1, -r * 0.8))Z"
        case .cross:
            let a = r * 0.4, b = r * 1.1
            return "M\(p(-a, -b))L\(p(a, -b))L\(p(a, -a))L\(p(b, -a))L\(p(b, a))L\(p(a, a))L\(p(a, b))"
                + "L\(p(-a, b))L\(p(-a, a))L\(p(-b, a))L\(p(-b, -a))L\(p(-a, -a))Z"
        }
    }
}
