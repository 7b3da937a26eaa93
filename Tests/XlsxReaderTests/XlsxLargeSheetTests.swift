import Foundation
import Testing
import XlsxReader

/// Big sheets stream through the SAX parser. The million-cell run is opt-in because it writes a
/// ~45 MB temporary file: `HEADSET_SLOW_TESTS=1 swift test --filter XlsxLargeSheetTests`.
@Suite("Large sheets")
struct XlsxLargeSheetTests {
    /// A workbook of `rows` x 10 cells: shared strings, numbers, inline strings, booleans, formulas.
    private static func workbook(rows: Int) -> StoredZip {
        var data = ""
        data.reserveCapacity(rows * 420)
        for row in 1...rows {
            data += #"<row r="\#(row)">"#
            for (index, letter) in ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"].enumerated() {
                let reference = "\(letter)\(row)"
                switch index {
                case 0: data += #"<c r="\#(reference)" t="s"><v>\#(row % 3)</v></c>"#
                case 1: data += #"<c r="\#(reference)" t="inlineStr"><is><t>Agent \#(row)</t></is></c>"#
                case 2: data += #"<c r="\#(reference)" t="b"><v>\#(row % 2)</v></c>"#
                case 3: data += #"<c r="\#(reference)"><f>C\#(row)*2</f><v>\#(row * 2)</v></c>"#
                default: data += #"<c r="\#(reference)" s="1"><v>\#(Double(row) + Double(index) / 10)</v></c>"#
                }
            }
            data += "</row>"
        }
        let strings = #"<sst xmlns="\#(MiniWorkbook.main)"><si><t>Ķemeri</t></si><si><t>Bærum</t></si><si><t>Ålesund</t></si></sst>"#
        let styles = #"<styleSheet xmlns="\#(MiniWorkbook.main)"><cellXfs><xf/><xf numFmtId="2"/></cellXfs></styleSheet>"#
        return MiniWorkbook.package(
            sheets: [("Big", MiniWorkbook.worksheet(data))], sharedStrings: strings, styles: styles)
    }

    private static func check(rows: Int) throws -> Duration {
        let url = try workbook(rows: rows).write()
        defer { try? FileManager.default.removeItem(at: url) }

        let clock = ContinuousClock()
        var sheet: XlsxSheet?
        let elapsed = try clock.measure {
            sheet = try XlsxFile(contentsOf: url).sheet("Big")
        }
        let big = try #require(sheet)
        #expect(big.cells.count == rows * 10)
        #expect(big.maxRow == rows - 1)
        #expect(big.maxColumn == 9)
        #expect(big.cell("A1")?.value == .text("Bærum"))
        #expect(big.cell("B\(rows)")?.value == .text("Agent \(rows)"))
        #expect(big.cell("C3")?.value == .bool(true))
        #expect(big.cell("D\(rows)")?.formula == "C\(rows)*2")
        #expect(big.cell("D\(rows)")?.value == .number(Double(rows * 2)))
        #expect(big.cell("J\(rows)")?.value == .number(Double(rows) + 0.9))
        #expect(big.cell("J\(rows)")?.style.numberFormat == "0.00")
        return elapsed
    }

    @Test("A 50,000-cell sheet reads every cell with the right type")
    func fiftyThousandCells() throws {
        _ = try Self.check(rows: 5_000)
    }

    @Test(
        "A 1,000,000-cell sheet reads in well under a minute",
        .enabled(if: ProcessInfo.processInfo.environment["HEADSET_SLOW_TESTS"] == "1"))
    func millionCells() throws {
        let elapsed = try Self.check(rows: 100_000)
        print("XlsxReader: 1,000,000 cells read in \(elapsed)")
        #expect(elapsed < .seconds(60))
    }
}
