import Foundation

/// Numbers as Excel will read them back.
///
/// libxlsxwriter stores numbers with 16 significant digits (`%.16G`), which does not always
/// round-trip a Double. A value first rounded to 15 significant digits (`DBL_DIG`) does, so
/// sums computed in Swift over these values are the sums Excel computes over the stored cells.
enum ExcelNumber {
    /// `value` rounded to 15 significant digits; integers and zero are unchanged.
    static func stored(_ value: Double) -> Double {
        guard value.isFinite, value != value.rounded() else { return value }
        return Double(String(format: "%.15g", value)) ?? value
    }
}
