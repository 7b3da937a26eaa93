/// An Excel formula together with the value it evaluates to, computed in Swift.
///
/// Excel recalculates on open, but many readers (previewers, mail clients, pandas, openpyxl)
/// show only the cached value; writing the right one makes every reader show the right number.
///
/// ```swift
/// .formula(Formula("=SUM(C2:C49)", cached: .number(totalCalls)))
/// ```
public struct Formula: Hashable, Sendable {
    /// What the formula evaluates to.
    public enum Value: Hashable, Sendable {
        case number(Double)
        case text(String)
        case bool(Bool)
    }

    /// The formula text; a leading `=` is optional.
    public let expression: String
    public let cached: Value

    public init(_ expression: String, cached: Value) {
        self.expression = expression.hasPrefix("=") ? expression : "=" + expression
        self.cached = cached
    }
}
