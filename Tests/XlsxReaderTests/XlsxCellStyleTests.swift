import Testing
import XlsxReader

/// Styles resolved through cellXfs, and the number-format helpers.
/// Expected values: Python XlsxWriter 3.3.1 fixture (Fixtures/make_reference.py) unless noted.
@Suite("Cell styles")
struct XlsxCellStyleTests {
    let sheet: XlsxSheet

    init() throws {
        sheet = try XlsxFile(contentsOf: Fixture.url(Fixture.reference)).sheet("Agents")
    }

    @Test("A header format resolves font, fill, border, wrap and alignment")
    func headerStyle() throws {
        // {"bold", "font_color": "#1F4E78", "bg_color": "#DDEBF7", "border": 1, "text_wrap", "align": "center"}
        let style = try #require(sheet.cell("A1")).style
        #expect(style.isBold)
        #expect(!style.isItalic)
        #expect(style.fontColor == "FF1F4E78")
        #expect(style.fillColor == "FFDDEBF7")
        #expect(style.hasBorder)
        #expect(style.wrapsText)
        #expect(style.horizontalAlignment == "center")
        #expect(style.numberFormat == "General")
        #expect(style.fontName == "Calibri")
        #expect(style.fontSize == 11)
        #expect(sheet.cell("K1")?.style == style)
    }

    @Test("Unstyled cells have the default look")
    func defaultStyle() throws {
        let style = try #require(sheet.cell("C2")).style
        #expect(!style.isBold && !style.isItalic && !style.wrapsText && !style.hasBorder)
        #expect(style.fontColor == nil)  // <color theme="1"/> is not an RGB colour
        #expect(style.fillColor == nil)
        #expect(style.horizontalAlignment == nil)
        #expect(style.indent == 0)
        #expect(style.numberFormat == "General")
        #expect(!style.isDateFormatted)
    }

    @Test("Date, duration and percent formats come back with their codes")
    func numberFormats() throws {
        let date = try #require(sheet.cell("E2")).style
        #expect(date.numberFormat == "yyyy-mm-dd")
        #expect(date.numberFormatId == 164)
        #expect(date.isDateFormatted)

        let duration = try #require(sheet.cell("F2")).style
        #expect(duration.numberFormat == "[h]:mm:ss")
        #expect(duration.isDateFormatted)

        let percent = try #require(sheet.cell("G2")).style
        #expect(percent.numberFormat == "0.00%")
        #expect(!percent.isDateFormatted)
    }

    @Test("Italic and indent resolve, and indent implies left alignment in XlsxWriter")
    func indent() throws {
        let style = try #require(sheet.cell("F10")).style
        #expect(style.isItalic)
        #expect(style.indent == 2)
        #expect(style.horizontalAlignment == "left")
    }

    @Test("A hyperlink's theme-coloured underlined font reports no RGB colour")
    func hyperlinkFont() throws {
        let style = try #require(sheet.cell("J2")).style
        #expect(style.isUnderlined)
        #expect(style.fontColor == nil)
    }

    @Test(
        "The date heuristic accepts date, time and elapsed codes and rejects the rest",
        arguments: [
            ("yyyy-mm-dd", true), ("hh:mm", true), ("[h]:mm:ss", true), ("[mm]:ss", true), ("d-mmm-yy", true),
            ("m/d/yy h:mm", true), ("h:mm AM/PM", true), ("[$-409]dddd, mmmm d, yyyy", true),
            ("0.00%", false), ("General", false), ("@", false), ("0", false), ("#,##0.00", false),
            ("[Red]0.00", false), (#"0.0" hrs""#, false), (#"#,##0\h"#, false), ("_(* #,##0_)", false),
            ("[$€-2] #,##0.00", false), ("0.00E+00", false),
        ])
    func dateHeuristic(code: String, isDate: Bool) {
        #expect(XlsxCellStyle.isDateFormat(code) == isDate)
        #expect(XlsxCellStyle(numberFormat: code, numberFormatId: 164).isDateFormatted == isDate)
    }

    @Test("Built-in number format ids map to their ECMA-376 18.8.30 codes")
    func builtInFormats() {
        let expected: [Int: String] = [
            0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%",
            11: "0.00E+00", 12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm",
            17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
            37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)",
            40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 48: "##0.0E+0", 49: "@",
        ]
        for (id, code) in expected {
            #expect(XlsxCellStyle.builtInNumberFormat(id) == code, "id \(id)")
        }
        #expect(XlsxCellStyle.builtInNumberFormat(30) == nil)
        #expect(XlsxCellStyle.builtInNumberFormat(164) == nil)
    }

    @Test("Styles compare by their attributes")
    func equality() {
        #expect(XlsxCellStyle(isBold: true) == XlsxCellStyle(isBold: true))
        #expect(XlsxCellStyle(isBold: true) != XlsxCellStyle(isItalic: true))
        #expect(XlsxCellStyle.default == XlsxCellStyle())
    }
}
