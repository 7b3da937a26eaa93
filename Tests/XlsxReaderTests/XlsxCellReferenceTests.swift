import Testing
import XlsxReader

/// A1 references and column letters.
@Suite("Cell references")
struct XlsxCellReferenceTests {
    @Test("Column letters convert to 0-based indexes and back", arguments: [
        ("A", 0), ("B", 1), ("Z", 25), ("AA", 26), ("AZ", 51), ("BA", 52), ("ZZ", 701), ("AAA", 702), ("XFD", 16383),
    ])
    func columns(letters: String, index: Int) {
        #expect(XlsxSheet.columnIndex(letters) == index)
        #expect(XlsxFile.columnIndex(letters.lowercased()) == index)
        #expect(XlsxCellReference.columnLetters(index) == letters)
    }

    @Test("Invalid column letters give nil")
    func invalidColumns() {
        #expect(XlsxSheet.columnIndex("") == nil)
        #expect(XlsxSheet.columnIndex("A1") == nil)
        #expect(XlsxSheet.columnIndex("AAAA") == nil)
        #expect(XlsxSheet.columnIndex("Ä") == nil)
    }

    @Test("0-based positions format as A1 references")
    func references() {
        #expect(XlsxSheet.reference(row: 0, column: 0) == "A1")
        #expect(XlsxSheet.reference(row: 6, column: 1) == "B7")
        #expect(XlsxFile.reference(row: 0, column: 26) == "AA1")
        #expect(XlsxCellReference.reference(row: 1_048_575, column: 16383) == "XFD1048576")
    }

    @Test("A1 references parse to 0-based positions, with or without $")
    func coordinates() throws {
        let position = try #require(XlsxCellReference.coordinates("$B$7"))
        #expect(position.row == 6 && position.column == 1)
        #expect(XlsxCellReference.coordinates("aa1")?.column == 26)
        #expect(XlsxCellReference.coordinates("A0") == nil)
        #expect(XlsxCellReference.coordinates("7B") == nil)
        #expect(XlsxCellReference.coordinates("B7:C8") == nil)
        #expect(XlsxCellReference.coordinates("B") == nil)
    }
}
