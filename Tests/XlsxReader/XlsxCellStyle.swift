/// The resolved format of a cell: number format, font, fill, border and alignment from xl/styles.xml.
///
///     let header = try #require(sheet.cell("A1")).style
///     #expect(header.isBold && header.fillColor == "FFDDEBF7")
///
/// Styles are shared by many cells, so the fields live in one immutable box per `cellXfs` entry;
/// copying a style copies a reference, which keeps a million-cell sheet small.
public struct XlsxCellStyle: Sendable, Equatable {
    private let storage: Storage

    /// The number format code ("General", "0.00%", "yyyy-mm-dd"); built-in ids are mapped to their codes.
    public var numberFormat: String { storage.fields.numberFormat }
    /// The `numFmtId` the cell format uses (built-in below 164).
    public var numberFormatId: Int { storage.fields.numberFormatId }
    /// True when the number format shows a date, a time or a duration; see `isDateFormat(_:)`.
    public var isDateFormatted: Bool { storage.fields.isDateFormatted }
    public var isBold: Bool { storage.fields.isBold }
    public var isItalic: Bool { storage.fields.isItalic }
    /// True for any `<u>` except `val="none"`.
    public var isUnderlined: Bool { storage.fields.isUnderlined }
    /// The font name ("Calibri"), nil when the font has none.
    public var fontName: String? { storage.fields.fontName }
    /// The font size in points.
    public var fontSize: Double? { storage.fields.fontSize }
    /// The font's ARGB colour as stored ("FF1F4E78"); nil for theme, indexed or automatic colours.
    public var fontColor: String? { storage.fields.fontColor }
    /// The `fgColor` ARGB of a solid pattern fill; nil when the fill is not solid or not RGB.
    public var fillColor: String? { storage.fields.fillColor }
    /// `<alignment horizontal>`: "left", "center", "right", "fill", "justify", ...; nil when unset.
    public var horizontalAlignment: String? { storage.fields.horizontalAlignment }
    /// `<alignment vertical>`: "top", "center", "bottom", ...; nil when unset (Excel's default is bottom).
    public var verticalAlignment: String? { storage.fields.verticalAlignment }
    /// `<alignment wrapText="1">`.
    public var wrapsText: Bool { storage.fields.wrapsText }
    /// True when the left, right, top, bottom, start or end edge has a line style other than "none".
    public var hasBorder: Bool { storage.fields.hasBorder }
    /// `<alignment indent>`, 0 when unset.
    public var indent: Int { storage.fields.indent }

    /// A style with these attributes; `isDateFormatted` is derived from the number format.
    public init(
        numberFormat: String = "General", numberFormatId: Int = 0,
        isBold: Bool = false, isItalic: Bool = false, isUnderlined: Bool = false,
        fontName: String? = nil, fontSize: Double? = nil, fontColor: String? = nil,
        fillColor: String? = nil,
        horizontalAlignment: String? = nil, verticalAlignment: String? = nil, wrapsText: Bool = false,
        hasBorder: Bool = false, indent: Int = 0
    ) {
        storage = Storage(fields: Fields(
            numberFormat: numberFormat, numberFormatId: numberFormatId,
            isDateFormatted: NumberFormats.isDate(code: numberFormat, id: numberFormatId),
            isBold: isBold, isItalic: isItalic, isUnderlined: isUnderlined,
            fontName: fontName, fontSize: fontSize, fontColor: fontColor, fillColor: fillColor,
            horizontalAlignment: horizontalAlignment, verticalAlignment: verticalAlignment,
            wrapsText: wrapsText, hasBorder: hasBorder, indent: indent))
    }

    /// The style of a cell in a workbook without xl/styles.xml: General, no font attributes.
    public static let `default` = XlsxCellStyle()

    /// Whether a format code displays a date, time or duration.
    ///
    /// Looks for y, m, d, h or s outside quoted text, `\`-escapes, `_`/`*` padding and brackets;
    /// elapsed-time brackets ([h], [mm], [ss]) count as time. "yyyy-mm-dd", "hh:mm" and "[h]:mm:ss"
    /// are dates; "0.00%", "General", "@" and "[Red]0.0" are not.
    public static func isDateFormat(_ code: String) -> Bool {
        NumberFormats.isDate(code: code, id: nil)
    }

    /// The code of a built-in number format id (ECMA-376 Part 1, 18.8.30), nil for ids it leaves to the locale.
    public static func builtInNumberFormat(_ id: Int) -> String? {
        NumberFormats.builtIn[id]
    }

    public static func == (lhs: XlsxCellStyle, rhs: XlsxCellStyle) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }
}

extension XlsxCellStyle {
    /// The attributes themselves, compared field by field.
    struct Fields: Equatable, Sendable {
        var numberFormat: String
        var numberFormatId: Int
        var isDateFormatted: Bool
        var isBold: Bool
        var isItalic: Bool
        var isUnderlined: Bool
        var fontName: String?
        var fontSize: Double?
        var fontColor: String?
        var fillColor: String?
        var horizontalAlignment: String?
        var verticalAlignment: String?
        var wrapsText: Bool
        var hasBorder: Bool
        var indent: Int
    }

    /// The shared, immutable box.
    final class Storage: Sendable {
        let fields: Fields
        init(fields: Fields) { self.fields = fields }
    }
}
