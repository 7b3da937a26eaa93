import CXlsxWriter

/// Turns a libxlsxwriter return code into a Swift error, so no failure goes unnoticed.
func checkLibrary(_ code: lxw_error, _ operation: @autoclosure () -> String) throws(WorkbookError) {
    guard code != LXW_NO_ERROR else { return }
    let message = lxw_strerror(code).map { String(cString: $0) } ?? "unknown error"
    throw WorkbookError.library(operation: operation(), code: Int(code.rawValue), message: message)
}
