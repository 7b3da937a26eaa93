import Foundation
import Interchange
import Testing

/// CSV outputs neutralise text that a spreadsheet would run as a formula; numbers stay numbers.
@Suite("CSV formula neutralising")
struct CSVFormulaGuardTests {
    @Test("text cells starting with =, +, -, @, tab or CR are written behind an apostrophe",
          arguments: ["=1+1", "=HYPERLINK(\"http://evil\",\"x\")", "+44 20 7946 0000", "-rm", "@SUM(A1)", "\tx", "\r=1"])
    func formulaTextIsNeutralised(_ text: String) throws {
        let csv = CSVWriter.encode(header: ["note"], rows: [[text]])
        let cell = csv.dropFirst("note\n".count).drop(while: { $0 == "\"" })
        #expect(cell.hasPrefix("'"), "\(csv)")
        // Headset reads its own files back field for field.
        #expect(try CSVReader.parse(csv, source: "out.csv").rows.first?.fields == [text])
    }

    @Test("text that already starts with apostrophes before a formula reads back unchanged",
          arguments: ["'=1", "''+2", "'", "'plain"])
    func apostrophesRoundTrip(_ text: String) throws {
        let csv = CSVWriter.encode(header: ["note"], rows: [[text]])
        #expect(try CSVReader.parse(csv, source: "out.csv").rows.first?.fields == [text])
    }

    @Test("numbers such as -3.5 and +2 stay numbers, and ordinary text is unchanged",
          arguments: ["-3.5", "+2", "-1e-3", "0", "Ålesund", "a=b", "2026-11-23T07:30"])
    func numbersAndTextStay(_ text: String) throws {
        let csv = CSVWriter.encode(header: ["value"], rows: [[text]])
        #expect(try CSVReader.parse(csv, source: "out.csv").rows.first?.fields == [text])
    }

    @Test("a file written with --out neutralises formula text too")
    func writtenFilesAreNeutralised() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("out.csv")
        try CSVWriter.write(header: ["person", "delta"], rows: [["=cmd|' /C calc'!A0", "-3.5"]], to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "person,delta\n'=cmd|' /C calc'!A0,-3.5\n")
    }
}

/// Inputs that are not regular files are named for what they are, not "permission denied".
@Suite("Special files as input")
struct SpecialFileInputTests {
    @Test("a character device such as /dev/zero is reported as a character device")
    func characterDevice() {
        #expect(throws: InterchangeError.unreadableFile(
            path: "/dev/zero", reason: "it is a character device, not a regular file")) {
            _ = try CSVReader.read(contentsOf: URL(fileURLWithPath: "/dev/zero"))
        }
    }

    @Test("a FIFO is reported as a FIFO without blocking on it")
    func fifo() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: InterchangeError.unreadableFile(path: path, reason: "it is a FIFO (named pipe), not a regular file")) {
            _ = try YAMLLoader.decode([String: String].self, from: URL(fileURLWithPath: path))
        }
    }
}
