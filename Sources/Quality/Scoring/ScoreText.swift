/// Numbers as the trace and messages print them: at most two decimals, no trailing zeros.
enum ScoreText {
    /// `82.5`, `66.67`, `100`, `-1`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return String(rounded)
    }

    /// `82.5%`.
    static func percent(_ value: Double) -> String { number(value) + "%" }

    /// `1 point`, `2.5 points`.
    static func points(_ value: Double) -> String { number(value) + (number(value) == "1" ? " point" : " points") }
}
