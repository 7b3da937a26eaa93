import Testing
import XlsxReader

/// Cell values and formulas on the "Agents" sheet.
/// Expected values: Python XlsxWriter 3.3.1 fixture (Fixtures/make_reference.py).
@Suite("Cell values")
struct XlsxSheetValueTests {
    let sheet: XlsxSheet

    init() throws {
        sheet = try XlsxFile(contentsOf: Fixture.url(Fixture.reference)).sheet("Agents")
    }

    @Test("Unicode shared strings read back exactly")
    func unicodeText() {
        #expect(sheet.cell("A2")?.value == .text("Žemaitė"))
        #expect(sheet.cell("B2")?.value == .text("Ķemeri"))
        #expect(sheet.cell("A3")?.value == .text("Ćorić"))
        #expect(sheet.cell("B3")?.value == .text("Bærum"))
        #expect(sheet.cell("B4")?.value == .text("Ålesund"))
        #expect(sheet.cell("F1")?.value == .text("Handle\ntime"))
    }

    @Test("Numbers and booleans keep their types")
    func numbersAndBooleans() {
        #expect(sheet.cell("C2")?.value == .number(120))
        #expect(sheet.cell("H2")?.value == .number(72.5))
        #expect(sheet.cell("D2")?.value == .bool(true))
        #expect(sheet.cell("D3")?.value == .bool(false))
        // write_datetime(date(2024, 1, 15)) is Excel serial 45306; 26:03:04 is 93784 s / 86400.
        #expect(sheet.cell("E2")?.value == .number(45306))
        #expect(sheet.cell("F2")?.value == .number(1.085462962962963))
        #expect(sheet.cell("G2")?.value == .number(0.8525))
        #expect(sheet.cell("C2")?.formula == nil)
    }

    @Test("A formula keeps its text and its cached value with the right type")
    func formulas() throws {
        let doubled = try #require(sheet.cell("K2"))
        #expect(doubled.formula == "C2*2")
        #expect(doubled.value == .number(240))

        let summary = try #require(sheet.cell("I2"))
        #expect(summary.formula == #"A2&" @ "&B2"#)
        #expect(summary.value == .text("Žemaitė @ Ķemeri"))

        #expect(sheet.cell("C8")?.formula == "SUM(C2:C6)")
        #expect(sheet.cell("C8")?.value == .number(493))
        #expect(sheet.cell("D8")?.formula == "AND(D2:D6)")
        #expect(sheet.cell("D8")?.value == .bool(false))
        #expect(sheet.cell("E8")?.formula == "1/0")
        #expect(sheet.cell("E8")?.value == .error("#DIV/0!"))
    }

    @Test("An array formula keeps its text without braces")
    func arrayFormula() {
        #expect(sheet.cell("F8")?.formula == "SUM(C2:C6*H2:H6)")
        #expect(sheet.cell("F8")?.value == .number(33222))
    }

    @Test("Rich text runs are concatenated and significant whitespace is kept")
    func richTextAndWhitespace() {
        #expect(sheet.cell("A10")?.value == .text("Bold and plain"))
        #expect(sheet.cell("B10")?.value == .text("  padded  "))
        #expect(sheet.cell("C10")?.value == .text("Line1\nLine2"))
    }

    @Test("A control character escaped as _x0007_ decodes as Excel shows it")
    func controlCharacterEscape() {
        #expect(sheet.cell("D10")?.value == .text("bell\u{7}"))
    }

    @Test("Styled blank cells are present with an empty value")
    func styledBlanks() throws {
        let blank = try #require(sheet.cell("E10"))
        #expect(blank.value == .empty)
        #expect(blank.value.isEmpty)
        #expect(blank.style.isItalic)
        // The merged range's other cells carry the merge format.
        #expect(sheet.cell("B9")?.value == .empty)
        #expect(sheet.cell("B9")?.style.isBold == true)
        #expect(sheet.cell("A7") == nil)
    }

    @Test("Bounds cover every cell, 0-based")
    func bounds() throws {
        #expect(sheet.maxRow == 9)
        #expect(sheet.maxColumn == 10)
        #expect(sheet.cells.count == 77)
        let lists = try XlsxFile(contentsOf: Fixture.url(Fixture.reference)).sheet("Lists")
        #expect(lists.maxRow == 2)
        #expect(lists.maxColumn == 0)
    }

    @Test("Cells are found by A1 reference, by 0-based position, with or without $")
    func lookups() throws {
        let byReference = try #require(sheet.cell("B2"))
        #expect(sheet.cell(row: 1, column: 1) == byReference)
        #expect(sheet.cell("$B$2") == byReference)
        #expect(sheet.cell("b2") == byReference)
        #expect(byReference.reference == "B2")
        #expect(byReference.row == 1 && byReference.column == 1)
        #expect(sheet.cell(row: -1, column: 0) == nil)
        #expect(sheet.cell("not a reference") == nil)
    }

    @Test("Value accessors return the payload of the matching case only")
    func valueAccessors() {
        #expect(XlsxValue.number(2).doubleValue == 2)
        #expect(XlsxValue.text("a").stringValue == "a")
        #expect(XlsxValue.bool(true).boolValue == true)
        #expect(XlsxValue.error("#N/A").errorValue == "#N/A")
        #expect(XlsxValue.text("2").doubleValue == nil)
        #expect(XlsxValue.empty.stringValue == nil)
    }
}
