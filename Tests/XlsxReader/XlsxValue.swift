/// The value of a cell, typed as the file stores it; for formulas, the cached result.
///
///     #expect(sheet.cell("C2")?.value == .number(120))
public enum XlsxValue: Sendable, Equatable, Hashable {
    /// A number (`t="n"` or no type). Dates and durations are numbers with a date format.
    case number(Double)
    /// Text from the shared-string table, an inline string, a formula's string result, or an ISO date (`t="d"`).
    case text(String)
    /// A boolean (`t="b"`).
    case bool(Bool)
    /// An error such as "#DIV/0!" (`t="e"`).
    case error(String)
    /// No value: a styled blank cell, or a formula without a cached result.
    case empty

    /// The number, or nil for any other kind of value.
    public var doubleValue: Double? {
        if case .number(let number) = self { number } else { nil }
    }

    /// The text, or nil for any other kind of value.
    public var stringValue: String? {
        if case .text(let text) = self { text } else { nil }
    }

    /// The boolean, or nil for any other kind of value.
    public var boolValue: Bool? {
        if case .bool(let bool) = self { bool } else { nil }
    }

    /// The error code, or nil for any other kind of value.
    public var errorValue: String? {
        if case .error(let code) = self { code } else { nil }
    }

    /// True for `.empty`.
    public var isEmpty: Bool { self == .empty }
}
