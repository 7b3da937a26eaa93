import Foundation

/// What a cell holds. Dates and durations become Excel serial numbers when written.
public enum CellValue: Hashable, Sendable {
    case text(String)
    case number(Double)
    /// A whole calendar day, shown with a date format unless the style says otherwise.
    case date(Date)
    /// A moment, converted to wall-clock time in the workbook's time zone.
    case dateTime(Date)
    /// A length of time in seconds, shown as `[h]:mm:ss` unless the style says otherwise.
    case duration(seconds: Double)
    case bool(Bool)
    /// A hyperlink; `text` is what the cell shows (the URL itself when nil).
    case url(String, text: String? = nil)
    case formula(Formula)
    /// An empty cell that still carries a style (borders, fills).
    case blank

    /// `.number` for integers without a cast at every call site.
    public static func integer<T: BinaryInteger>(_ value: T) -> CellValue { .number(Double(value)) }

    /// `.number`, or `.blank` when the value is missing.
    public static func number(_ value: Double?) -> CellValue { value.map { .number($0) } ?? .blank }

    /// `.text`, or `.blank` when the value is missing.
    public static func text(_ value: String?) -> CellValue { value.map { .text($0) } ?? .blank }
}
