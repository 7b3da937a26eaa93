import Foundation
import Interchange
import Testing

@Suite("CSV writer")
struct CSVWriterTests {
    @Test("quotes only fields that need it and ends every line with a newline")
    func quoting() {
        let text = CSVWriter.encode(
            header: ["name", "note"],
            rows: [
                ["plain", "a,b"],
                ["say \"hi\"", "two\nlines"],
                [" padded", "semi;colon"],
                ["cr\rhere", ""],
            ]
        )
        let expected = "name,note\n"
            + "plain,\"a,b\"\n"
            + "\"say \"\"hi\"\"\",\"two\nlines\"\n"
            + "\" padded\",\"semi;colon\"\n"
            + "\"cr\rhere\",\n"
        #expect(text == expected)
    }

    @Test("writes a single empty field as a quoted empty string so the row is not a blank line")
    func singleEmptyField() throws {
        let text = CSVWriter.encode(header: ["note"], rows: [[""], ["x"]])
        #expect(text == "note\n\"\"\nx\n")
        #expect(try CSVReader.parse(text, source: "t.csv").rows.map(\.fields) == [[""], ["x"]])
    }

    @Test("reads back exactly what it wrote, for fields with quotes, delimiters, newlines and spaces")
    func roundTrip() throws {
        let rows = [
            ["\"quoted\"", "a,b;c\td", "line\nbreak", "crlf\r\nbreak"],
            ["  leading", "trailing  ", "", "\""],
            ["\"", ",", ";", "\r"],
        ]
        for delimiter: Character in [",", ";", "\t"] {
            let text = CSVWriter.encode(header: ["a", "b", "c", "d"], rows: rows, delimiter: delimiter)
            let document = try CSVReader.parse(text, source: "t.csv")
            #expect(document.delimiter == delimiter)
            #expect(document.header == ["a", "b", "c", "d"])
            #expect(document.rows.map(\.fields) == rows)
        }
    }

    @Test("writes a file that the reader reads back")
    func writesFile() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("out.csv")
        try CSVWriter.write(header: ["name"], rows: [["Bærum"], ["a,b"]], to: url)
        try CSVWriter.write(header: ["name", "n"], rows: [["Ćorić", "1"]], to: url)
        #expect(try CSVReader.read(contentsOf: url).rows.map(\.fields) == [["Ćorić", "1"]])
        #expect(try directory.contents() == ["out.csv"])
    }

    @Test("leaves nothing behind and the target untouched when the write fails")
    func failedWrite() throws {
        let directory = try TemporaryDirectory()
        // A non-empty directory in the way: the temporary file is written, the rename fails.
        let target = directory.url.appendingPathComponent("report.csv")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: target.appendingPathComponent("inside.txt"))

        #expect(throws: InterchangeError.self) {
            try CSVWriter.write(header: ["a"], rows: [["1"]], to: target)
        }
        #expect(try directory.contents() == ["report.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["inside.txt"])

        let nowhere = directory.url.appendingPathComponent("missing/out.csv")
        do {
            try CSVWriter.write(header: ["a"], rows: [["1"]], to: nowhere)
            Issue.record("writing into a missing directory succeeded")
        } catch {
            guard case let .unwritableFile(path, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == nowhere.path)
        }
    }

    @Test("quotes fields containing an unusual delimiter")
    func unusualDelimiter() {
        #expect(CSVWriter.encode(header: ["a", "b"], rows: [["x|y", "z"]], delimiter: "|") == "a|b\n\"x|y\"|z\n")
        #expect(CSVWriter.encode(header: ["a", "b"], rows: [["x·y", "z"]], delimiter: "·") == "a·b\n\"x·y\"·z\n")
    }
}
