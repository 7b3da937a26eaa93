import Foundation
import Testing
import XlsxReader

/// Damaged or foreign files fail with a descriptive `XlsxReaderError`, never a crash.
@Suite("Errors")
struct XlsxReaderErrorTests {
    @Test("A text file named .xlsx is reported as not a zip archive")
    func notAZip() throws {
        let url = try Fixture.url(Fixture.notAZip)
        let error = #expect(throws: XlsxReaderError.self) { try XlsxFile(contentsOf: url) }
        guard case .notAZipArchive(let path, _) = error else {
            Issue.record("expected notAZipArchive, got \(String(describing: error))")
            return
        }
        #expect(path == url.path)
        #expect(String(describing: error!).contains("not a readable zip archive"))
    }

    @Test("A zip without xl/workbook.xml is reported as missing that part")
    func missingWorkbook() throws {
        let url = try Fixture.url(Fixture.missingWorkbook)
        #expect(throws: XlsxReaderError.missingPart("xl/workbook.xml")) { try XlsxFile(contentsOf: url) }
        #expect(XlsxReaderError.missingPart("xl/workbook.xml").description
            == "The archive has no 'xl/workbook.xml' part, so it is not a SpreadsheetML workbook")
    }

    @Test("A truncated archive fails to open instead of yielding partial data")
    func truncated() throws {
        let url = try Fixture.url(Fixture.truncated)
        let error = #expect(throws: XlsxReaderError.self) { try XlsxFile(contentsOf: url) }
        switch error {
        case .notAZipArchive?, .corruptEntry?: break
        default: Issue.record("expected a zip error, got \(String(describing: error))")
        }
    }

    @Test("A file that does not exist is reported as unreadable")
    func missingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/headset/report.xlsx")
        #expect(throws: XlsxReaderError.fileNotReadable(path: url.path, reason: "no such file")) {
            try XlsxFile(contentsOf: url)
        }
    }

    @Test("A zip entry whose bytes do not match its CRC is reported as corrupt")
    func badChecksum() throws {
        var archive = MiniWorkbook.package(sheets: [("S", MiniWorkbook.worksheet(""))]).archive()
        // Flip one byte inside the first entry's content ([Content_Types].xml starts at offset 30 + name).
        let contentOffset = 30 + "[Content_Types].xml".utf8.count + 10
        archive[contentOffset] ^= 0x20
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("XlsxReaderTests-crc-\(UUID()).xlsx")
        try archive.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = #expect(throws: XlsxReaderError.self) { try XlsxFile(contentsOf: url) }
        guard case .corruptEntry(let part, _) = error else {
            Issue.record("expected corruptEntry, got \(String(describing: error))")
            return
        }
        #expect(part == "[Content_Types].xml")
    }

    @Test("Malformed worksheet XML names the part and line")
    func malformedSheet() throws {
        let zip = MiniWorkbook.package(sheets: [("Broken", "<?xml version=\"1.0\"?>\n<worksheet><sheetData><row></sheetData>")])
        let url = try zip.write()
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try XlsxFile(contentsOf: url)
        let error = #expect(throws: XlsxReaderError.self) { try file.sheet("Broken") }
        guard case .malformedXML(let part, let line, _) = error else {
            Issue.record("expected malformedXML, got \(String(describing: error))")
            return
        }
        #expect(part == "xl/worksheets/sheet1.xml")
        #expect(line == 2)
    }

    @Test("A shared-string index past the table is reported, not read as garbage")
    func sharedStringOutOfRange() throws {
        let zip = MiniWorkbook.package(
            sheets: [("S", MiniWorkbook.worksheet(#"<row r="1"><c r="A1" t="s"><v>3</v></c></row>"#))],
            sharedStrings: #"<sst xmlns="\#(MiniWorkbook.main)"><si><t>only</t></si></sst>"#)
        let url = try zip.write()
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try XlsxFile(contentsOf: url)
        #expect(throws: XlsxReaderError.invalidContent(
            part: "xl/worksheets/sheet1.xml", reason: "cell A1 refers to shared string 3, but the table has 1")
        ) { try file.sheet("S") }
    }

    @Test("A style index past cellXfs is reported")
    func styleOutOfRange() throws {
        let zip = MiniWorkbook.package(
            sheets: [("S", MiniWorkbook.worksheet(#"<row r="1"><c r="B1" s="5"><v>1</v></c></row>"#))],
            styles: #"<styleSheet xmlns="\#(MiniWorkbook.main)"><cellXfs><xf numFmtId="0"/></cellXfs></styleSheet>"#)
        let url = try zip.write()
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try XlsxFile(contentsOf: url)
        #expect(throws: XlsxReaderError.invalidContent(
            part: "xl/worksheets/sheet1.xml", reason: "cell B1 uses style 5, but cellXfs has 1 entries")
        ) { try file.sheet("S") }
    }
}
