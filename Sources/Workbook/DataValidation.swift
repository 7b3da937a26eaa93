/// Restricts what a person may type into cells.
///
/// Lists always come from a cell range, never an inline list: libxlsxwriter 1.1.4 overflows
/// on multi-byte UTF-8 in inline lists, and a range is easier to maintain anyway.
public enum DataValidation: Hashable, Sendable {
    /// A drop-down of the values in `source` (usually on a hidden lists sheet).
    case list(source: CellRange)
    /// Whole numbers in a closed range.
    case wholeNumber(ClosedRange<Int>)
    /// Decimal numbers in a closed range.
    case decimal(ClosedRange<Double>)
}
