/// The rule that keeps a text cell from running as a formula when a CSV file is opened in a
/// spreadsheet (CSV injection, OWASP): text starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading apostrophe, which spreadsheets read as "this is text".
///
/// Workbooks need no such guard: ``Workbook`` writes text as typed string cells, which Excel
/// never evaluates, and formulas only where a report asks for one. CSV has no types, so the
/// writer applies the same rule by content: a field that is a decimal number (`-3.5`, `+2`,
/// `1e-3`) is a number and stays as written; anything else is text.
///
/// ```swift
/// SpreadsheetFormulaGuard.neutralised("=HYPERLINK(\"http://x\")")   // "'=HYPERLINK(\"http://x\")"
/// SpreadsheetFormulaGuard.neutralised("-3.5")                       // "-3.5"
/// ```
public enum SpreadsheetFormulaGuard {
    /// Whether a spreadsheet would read `field` as a formula (or the start of one).
    public static func startsFormula(_ field: String) -> Bool {
        guard let first = field.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            return !DecimalNumberText.isDecimal(field)
        default:
            return false
        }
    }

    /// `field` safe to open in a spreadsheet: text that starts a formula, behind an apostrophe.
    /// Text that already is apostrophes before a formula start gets one more, so that
    /// ``restored(_:)`` gives back exactly what was written.
    public static func neutralised(_ field: String) -> String {
        startsFormula(field) || isGuarded(field) ? "'" + field : field
    }

    /// What ``neutralised(_:)`` was given: ``CSVReader`` reads Headset's own CSV back field for
    /// field, and reads `'=x` from a spreadsheet export as the text `=x`.
    public static func restored(_ field: String) -> String {
        isGuarded(field) ? String(field.unicodeScalars.dropFirst()) : field
    }

    /// One or more apostrophes, then text that starts a formula.
    static func isGuarded(_ field: String) -> Bool {
        guard field.utf8.first == UInt8(ascii: "'") else { return false }
        let rest = field.utf8.drop(while: { $0 == UInt8(ascii: "'") })
        return startsFormula(String(decoding: rest, as: UTF8.self))
    }
}
