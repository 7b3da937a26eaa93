import Testing
import Workbook

@Suite("Sheet names")
struct SheetNameTests {
    @Test("names Excel refuses are refused before libxlsxwriter sees them", arguments: [
        String(repeating: "a", count: 32), "", "Q1/Q2", "a[b]", "what?", "star*", "c:d", "back\\slash", "'quoted'", "History",
    ])
    func invalidNames(name: String) {
        #expect(throws: WorkbookError.self) { try SheetName.validate(name) }
    }

    @Test("31 characters, spaces, Unicode and punctuation Excel allows are accepted", arguments: [
        String(repeating: "a", count: 31), "Coverage – week 12", "Žemaitė's team", "Ålesund (Bærum)", "KPI's & SLA",
    ])
    func validNames(name: String) throws {
        try SheetName.validate(name)
    }

    @Test("a duplicate name differing only in case is refused")
    func duplicateNames() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: WorkbookError.duplicateSheetName("ROSTER")) {
            try Workbook.write(to: directory.file("dup.xlsx")) { workbook in
                try workbook.addSheet(named: "Roster")
                try workbook.addSheet(named: "ROSTER")
            }
        }
    }

    @Test("names in formulas are quoted with inner apostrophes doubled")
    func quoting() {
        #expect(SheetName.quotedForFormula("Ana's team") == "'Ana''s team'")
        #expect(CellRange(sheet: "Ana's team", rows: 1...48, columns: 2...2).formulaReference == "'Ana''s team'!$C$2:$C$49")
        #expect(CellReference.columnLetters(0) == "A")
        #expect(CellReference.columnLetters(25) == "Z")
        #expect(CellReference.columnLetters(26) == "AA")
        #expect(CellReference.columnLetters(16_383) == "XFD")
    }
}
