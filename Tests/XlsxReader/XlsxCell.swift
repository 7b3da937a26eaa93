/// One `<c>` element of a worksheet: its value, formula and resolved style.
///
///     let cell = try #require(sheet.cell("K2"))
///     #expect(cell.formula == "C2*2" && cell.value == .number(240))
public struct XlsxCell: Sendable, Equatable {
    /// The canonical A1 reference ("B7"), upper-case and without "$".
    public let reference: String
    /// The stored value; for a formula, its cached result.
    public let value: XlsxValue
    /// The formula as stored, without a leading "=" (normal, array and shared-master formulas).
    ///
    /// Cells that only refer to a shared formula (`<f t="shared" si="0"/>`) have nil: the master's
    /// text is written relative to the master cell and would be wrong for them.
    public let formula: String?
    /// The cell's format, resolved from `cellXfs` in xl/styles.xml.
    public let style: XlsxCellStyle

    public init(reference: String, value: XlsxValue, formula: String? = nil, style: XlsxCellStyle = .default) {
        self.reference = reference
        self.value = value
        self.formula = formula
        self.style = style
    }

    /// The 0-based row.
    public var row: Int { XlsxCellReference.coordinates(reference)?.row ?? -1 }
    /// The 0-based column.
    public var column: Int { XlsxCellReference.coordinates(reference)?.column ?? -1 }
}
