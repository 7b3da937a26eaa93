/// One `<cfRule>` of a worksheet, with the `sqref` of its `<conditionalFormatting>`.
///
///     let scale = try #require(sheet.conditionalFormats.first { $0.type == "colorScale" })
///     #expect(scale.colors == ["FFF8696B", "FFFFEB84", "FF63BE7B"])
public struct XlsxConditionalFormat: Sendable, Equatable {
    /// The cells it applies to ("C2:C6").
    public let sqref: String
    /// "colorScale", "dataBar", "iconSet", "cellIs", "expression", "top10", "containsText", ...
    public let type: String
    /// For "cellIs" and text rules: "greaterThanOrEqual", "between", ...; nil otherwise.
    public let `operator`: String?
    /// The `<formula>` texts in order, without "=".
    public let formulas: [String]
    /// The `<color rgb>` values of a colour scale or data bar, in order.
    public let colors: [String]
    /// Lower numbers are evaluated first.
    public let priority: Int
    /// The index into `<dxfs>` of the format the rule applies; nil for scales, bars and icon sets.
    public let dxfId: Int?

    public init(
        sqref: String, type: String, operator: String? = nil, formulas: [String] = [], colors: [String] = [],
        priority: Int, dxfId: Int? = nil
    ) {
        self.sqref = sqref
        self.type = type
        self.operator = `operator`
        self.formulas = formulas
        self.colors = colors
        self.priority = priority
        self.dxfId = dxfId
    }
}
