/// One `<dataValidation>` of a worksheet, as stored.
///
///     #expect(sheet.dataValidations.first?.formula1 == "Lists!$A$1:$A$3")
public struct XlsxDataValidation: Sendable, Equatable {
    /// "list", "whole", "decimal", "date", "time", "textLength", "custom"; "none" when absent.
    public let type: String
    /// "between", "greaterThan", ...; nil when not written (Excel then means "between").
    public let `operator`: String?
    /// The cells it applies to, space-separated ranges ("B2:B6 D2").
    public let sqref: String
    /// The first formula without "=": a range, a quoted list (`"Yes,No"`) or a bound.
    public let formula1: String?
    /// The second bound for "between" and "notBetween".
    public let formula2: String?
    public let allowBlank: Bool
    public let showErrorMessage: Bool
    public let showInputMessage: Bool
    /// The input prompt (`prompt`), nil when none.
    public let inputMessage: String?
    /// The error text (`error`), nil when none.
    public let errorMessage: String?

    public init(
        type: String, operator: String? = nil, sqref: String, formula1: String? = nil, formula2: String? = nil,
        allowBlank: Bool = false, showErrorMessage: Bool = false, showInputMessage: Bool = false,
        inputMessage: String? = nil, errorMessage: String? = nil
    ) {
        self.type = type
        self.operator = `operator`
        self.sqref = sqref
        self.formula1 = formula1
        self.formula2 = formula2
        self.allowBlank = allowBlank
        self.showErrorMessage = showErrorMessage
        self.showInputMessage = showInputMessage
        self.inputMessage = inputMessage
        self.errorMessage = errorMessage
    }
}
