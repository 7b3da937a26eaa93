/// Everything that can go wrong while building or writing a workbook.
///
/// Each case carries what a person needs to fix the problem: the sheet, the cell, the path,
/// and for libxlsxwriter failures the library's own message.
public enum WorkbookError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A sheet name breaks Excel's rules (at most 31 characters, none of `[]:*?/\`, not empty,
    /// no leading or trailing apostrophe).
    case invalidSheetName(name: String, reason: String)
    /// Two sheets share a name (Excel compares names case-insensitively).
    case duplicateSheetName(String)
    /// A cell outside Excel's grid (1,048,576 rows × 16,384 columns).
    case cellOutOfRange(sheet: String, row: Int, column: Int)
    /// A text longer than Excel's 32,767 characters per cell.
    case textTooLong(sheet: String, cell: String, length: Int)
    /// A value that cannot be stored, such as NaN or infinity.
    case invalidValue(sheet: String, cell: String, reason: String)
    /// A range, chart, table, validation or format that is inconsistent.
    case invalidDefinition(String)
    /// The output file cannot be created where asked.
    case cannotCreateOutput(path: String, reason: String)
    /// The finished file could not be moved into place.
    case cannotReplaceOutput(path: String, reason: String)
    /// libxlsxwriter reported an error.
    case library(operation: String, code: Int, message: String)
    /// The workbook was already written; it cannot be changed or written again.
    case alreadyClosed

    public var description: String {
        switch self {
        case let .invalidSheetName(name, reason):
            return "sheet name '\(name)': \(reason)"
        case let .duplicateSheetName(name):
            return "sheet name '\(name)' is used twice (Excel ignores case)"
        case let .cellOutOfRange(sheet, row, column):
            return "sheet '\(sheet)': cell (row \(row), column \(column)) is outside Excel's 1,048,576 × 16,384 grid"
        case let .textTooLong(sheet, cell, length):
            return "sheet '\(sheet)' cell \(cell): text of \(length) characters exceeds Excel's 32,767"
        case let .invalidValue(sheet, cell, reason):
            return "sheet '\(sheet)' cell \(cell): \(reason)"
        case let .invalidDefinition(message):
            return message
        case let .cannotCreateOutput(path, reason):
            return "\(path): cannot write the workbook: \(reason)"
        case let .cannotReplaceOutput(path, reason):
            return "\(path): cannot move the finished workbook into place: \(reason)"
        case let .library(operation, code, message):
            return "libxlsxwriter failed in \(operation): \(message) (error \(code))"
        case .alreadyClosed:
            return "the workbook has already been written"
        }
    }
}
