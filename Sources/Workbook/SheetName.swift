import Foundation

/// Excel's rules for sheet names, checked before libxlsxwriter sees them.
public enum SheetName {
    /// Excel's limit, in UTF-16 code units as Excel counts them.
    public static let maximumLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Throws ``WorkbookError/invalidSheetName(name:reason:)`` when Excel would refuse `name`.
    public static func validate(_ name: String) throws(WorkbookError) {
        if name.isEmpty {
            throw .invalidSheetName(name: name, reason: "must not be empty")
        }
        if name.utf16.count > maximumLength {
            throw .invalidSheetName(name: name, reason: "has \(name.utf16.count) characters, Excel allows \(maximumLength)")
        }
        if let bad = name.first(where: { forbidden.contains($0) }) {
            throw .invalidSheetName(name: name, reason: "must not contain '\(bad)' (none of [ ] : * ? / \\)")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw .invalidSheetName(name: name, reason: "must not start or end with an apostrophe")
        }
        if name.caseInsensitiveCompare("History") == .orderedSame {
            throw .invalidSheetName(name: name, reason: "'History' is reserved by Excel")
        }
    }

    /// The name as a formula needs it: `'Sheet 1'` with inner apostrophes doubled.
    public static func quotedForFormula(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
