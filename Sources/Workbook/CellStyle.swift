/// How a cell looks: font, number format, alignment, fill and border.
///
/// Styles are values; the workbook turns each distinct style into one libxlsxwriter format,
/// so callers never manage format objects.
///
/// ```swift
/// sheet.write(.number(0.873), row: 3, column: 2, style: .percent)
/// sheet.write(.text("Total"), row: 9, column: 0, style: .header.with(fill: .lightGrey))
/// ```
public struct CellStyle: Hashable, Sendable {
    public enum HorizontalAlignment: Hashable, Sendable { case left, center, right }
    public enum VerticalAlignment: Hashable, Sendable { case top, center, bottom }
    public enum Border: Hashable, Sendable { case none, thin, medium, thick }

    public var bold = false
    public var italic = false
    public var underline = false
    public var fontSize: Double?
    public var fontColor: Color?
    public var fill: Color?
    /// An Excel number format code, e.g. `0.0%`, `yyyy-mm-dd`, `[h]:mm:ss`.
    public var numberFormat: String?
    public var horizontalAlignment: HorizontalAlignment?
    public var verticalAlignment: VerticalAlignment?
    public var wrapsText = false
    public var indent = 0
    public var border: Border = .none
    public var borderColor: Color?
    /// Bottom border only, for totals lines and header underlines.
    public var bottomBorder: Border = .none

    public init() {}

    /// A copy with some properties changed.
    public func with(
        bold: Bool? = nil, italic: Bool? = nil, fontColor: Color? = nil, fill: Color? = nil,
        numberFormat: String? = nil, horizontalAlignment: HorizontalAlignment? = nil,
        wrapsText: Bool? = nil, indent: Int? = nil, border: Border? = nil, bottomBorder: Border? = nil
    ) -> CellStyle {
        var copy = self
        if let bold { copy.bold = bold }
        if let italic { copy.italic = italic }
        if let fontColor { copy.fontColor = fontColor }
        if let fill { copy.fill = fill }
        if let numberFormat { copy.numberFormat = numberFormat }
        if let horizontalAlignment { copy.horizontalAlignment = horizontalAlignment }
        if let wrapsText { copy.wrapsText = wrapsText }
        if let indent { copy.indent = indent }
        if let border { copy.border = border }
        if let bottomBorder { copy.bottomBorder = bottomBorder }
        return copy
    }

    /// The default look: Excel's General format.
    public static let plain = CellStyle()

    /// Bold white on dark blue, wrapped, bottom-aligned: the header row of every table.
    public static let header: CellStyle = {
        var style = CellStyle()
        style.bold = true
        style.fontColor = .white
        style.fill = .headerBlue
        style.wrapsText = true
        style.verticalAlignment = .bottom
        style.border = .thin
        style.borderColor = .midGrey
        return style
    }()

    /// A sheet title: bold, 14 pt.
    public static let title: CellStyle = {
        var style = CellStyle()
        style.bold = true
        style.fontSize = 14
        style.fontColor = .headerBlue
        return style
    }()

    public static let bold = CellStyle().with(bold: true)
    public static let integer = CellStyle().with(numberFormat: "#,##0")
    public static let decimal = CellStyle().with(numberFormat: "#,##0.00")
    public static let oneDecimal = CellStyle().with(numberFormat: "#,##0.0")
    public static let percent = CellStyle().with(numberFormat: "0.0%")
    public static let date = CellStyle().with(numberFormat: "yyyy-mm-dd")
    public static let dateTime = CellStyle().with(numberFormat: "yyyy-mm-dd hh:mm")
    public static let time = CellStyle().with(numberFormat: "hh:mm")
    /// Elapsed time that keeps counting past 24 hours.
    public static let duration = CellStyle().with(numberFormat: "[h]:mm:ss")
    public static let wrapped = CellStyle().with(wrapsText: true)
    public static let hyperlink = CellStyle().with(fontColor: Color(rgb: 0x0563C1)).underlined()
    /// A totals row: bold with a line above the numbers.
    public static let total: CellStyle = {
        var style = CellStyle()
        style.bold = true
        style.fill = .lightGrey
        return style
    }()

    func underlined() -> CellStyle {
        var copy = self
        copy.underline = true
        return copy
    }
}
