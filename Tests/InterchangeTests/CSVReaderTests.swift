import Foundation
import Interchange
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    // The examples in this group are the ones in RFC 4180, section 2 ("Definition of the CSV
    // Format"), rules 1 to 7, https://www.rfc-editor.org/rfc/rfc4180#section-2.

    @Test("reads records separated by CRLF, with or without a final line break (RFC 4180 rules 1-2)")
    func rfcRulesOneAndTwo() throws {
        let withBreak = try CSVReader.parse("h1,h2,h3\r\naaa,bbb,ccc\r\nzzz,yyy,xxx\r\n", source: "t.csv")
        let withoutBreak = try CSVReader.parse("h1,h2,h3\r\naaa,bbb,ccc\r\nzzz,yyy,xxx", source: "t.csv")
        #expect(withBreak.rows.map(\.fields) == [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]])
        #expect(withoutBreak == withBreak)
    }

    @Test("takes the first line as the header and keeps spaces inside fields (RFC 4180 rules 3-4)")
    func rfcRulesThreeAndFour() throws {
        let document = try CSVReader.parse("field_name,field_name2,field_name3\r\naaa , bbb,ccc \r\n", source: "t.csv")
        #expect(document.header == ["field_name", "field_name2", "field_name3"])
        #expect(document.rows == [CSVRow(line: 2, fields: ["aaa ", " bbb", "ccc "])])
    }

    @Test("reads quoted and unquoted fields alike (RFC 4180 rule 5)")
    func rfcRuleFive() throws {
        let document = try CSVReader.parse("a,b,c\r\n\"aaa\",\"bbb\",\"ccc\"\r\nzzz,yyy,xxx", source: "t.csv")
        #expect(document.rows.map(\.fields) == [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]])
    }

    @Test("keeps line breaks and commas inside quoted fields (RFC 4180 rule 6)")
    func rfcRuleSix() throws {
        let document = try CSVReader.parse("a,b,c\r\n\"aaa\",\"b\r\nbb\",\"c,cc\"\r\nzzz,yyy,xxx\r\n", source: "t.csv")
        #expect(document.rows == [
            CSVRow(line: 2, fields: ["aaa", "b\r\nbb", "c,cc"]),
            CSVRow(line: 4, fields: ["zzz", "yyy", "xxx"]),
        ])
    }

    @Test("turns a doubled quote inside a quoted field into one quote (RFC 4180 rule 7)")
    func rfcRuleSeven() throws {
        let document = try CSVReader.parse("a,b,c\r\n\"aaa\",\"b\"\"bb\",\"ccc\"\r\n", source: "t.csv")
        #expect(document.rows.map(\.fields) == [["aaa", "b\"bb", "ccc"]])
    }

    @Test("drops a UTF-8 byte order mark before the header")
    func byteOrderMark() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("name,calls\nÅlesund,3\n".utf8))
        let document = try CSVReader.parse(data, source: "t.csv")
        #expect(document.header == ["name", "calls"])
        #expect(document.rows.map(\.fields) == [["Ålesund", "3"]])
        let fromText = try CSVReader.parse("\u{FEFF}name,calls\nÅlesund,3\n", source: "t.csv")
        #expect(fromText == document)
    }

    @Test("detects a semicolon delimiter from the header and leaves commas in values alone")
    func semicolonDetection() throws {
        let document = try CSVReader.parse("interval;calls;aht\n08:00;12,5;310\n", source: "t.csv")
        #expect(document.delimiter == ";")
        #expect(document.rows.map(\.fields) == [["08:00", "12,5", "310"]])
    }

    @Test("detects a tab delimiter, and ignores delimiters inside quoted header names")
    func tabDetection() throws {
        let tabs = try CSVReader.parse("name\tcalls\nA\t1\n", source: "t.tsv")
        #expect(tabs.delimiter == "\t")
        #expect(tabs.rows.map(\.fields) == [["A", "1"]])
        let quotedHeader = try CSVReader.parse("\"a,b,c\";d\n1;2\n", source: "t.csv")
        #expect(quotedHeader.delimiter == ";")
        #expect(quotedHeader.header == ["a,b,c", "d"])
    }

    @Test("accepts LF, CRLF and lone CR line ends, even mixed in one file")
    func lineEnds() throws {
        let document = try CSVReader.parse("a,b\r1,2\r\n3,4\n5,6\r", source: "t.csv")
        #expect(document.rows == [
            CSVRow(line: 2, fields: ["1", "2"]),
            CSVRow(line: 3, fields: ["3", "4"]),
            CSVRow(line: 4, fields: ["5", "6"]),
        ])
    }

    @Test("numbers later rows by physical line after quoted fields that span lines")
    func linesAfterQuotedNewlines() throws {
        let text = "id,note\n1,\"first\nsecond\nthird\"\n2,plain\n3,\"a\r\nb\"\n4,\"x\ry\"\n5,end\n"
        let document = try CSVReader.parse(text, source: "t.csv")
        #expect(document.rows.map(\.line) == [2, 5, 6, 8, 10])
        #expect(document.rows[0].fields == ["1", "first\nsecond\nthird"])
        #expect(document.rows[3].fields == ["4", "x\ry"])
    }

    @Test("skips blank lines but keeps counting them")
    func blankLines() throws {
        let document = try CSVReader.parse("\n\na,b\n\n1,2\n\r\n\r\n3,4\n\n", source: "t.csv")
        #expect(document.header == ["a", "b"])
        #expect(document.rows.map(\.line) == [5, 8])
    }

    @Test("gives zero rows for a file with only a header")
    func headerOnly() throws {
        #expect(try CSVReader.parse("a,b\n", source: "t.csv").rows.isEmpty)
        #expect(try CSVReader.parse("a,b", source: "t.csv").rows.isEmpty)
    }

    @Test("trims whitespace around header names")
    func trimsHeader() throws {
        let document = try CSVReader.parse(" name ,\tcalls \n a , 1 \n", source: "t.csv")
        #expect(document.header == ["name", "calls"])
        #expect(document.rows[0].fields == [" a ", " 1 "])
    }

    @Test("keeps quotes inside unquoted fields and text after a closing quote literally")
    func lenientQuotes() throws {
        let document = try CSVReader.parse("item,size\npipe,6\" wide\n\"ab\"cd,x\"y\"\n", source: "t.csv")
        #expect(document.rows.map(\.fields) == [["pipe", "6\" wide"], ["abcd", "x\"y\""]])
    }

    @Test("reads an empty last field after a trailing delimiter")
    func trailingDelimiter() throws {
        let document = try CSVReader.parse("a,b\n1,\n,\n", source: "t.csv")
        #expect(document.rows.map(\.fields) == [["1", ""], ["", ""]])
    }

    @Test("reports an empty file, or one with only blank lines, as having no header")
    func emptyFile() {
        #expect(throws: InterchangeError.csvEmpty(file: "e.csv")) { try CSVReader.parse("", source: "e.csv") }
        #expect(throws: InterchangeError.csvEmpty(file: "e.csv")) { try CSVReader.parse("\r\n\n\r", source: "e.csv") }
        #expect(throws: InterchangeError.csvEmpty(file: "e.csv")) {
            try CSVReader.parse(Data([0xEF, 0xBB, 0xBF]), source: "e.csv")
        }
    }

    @Test("reports an unclosed quote at the line where the field opened")
    func unclosedQuote() {
        #expect(throws: InterchangeError.csvUnclosedQuote(file: "q.csv", line: 3)) {
            try CSVReader.parse("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n", source: "q.csv")
        }
        #expect(throws: InterchangeError.csvUnclosedQuote(file: "q.csv", line: 1)) {
            try CSVReader.parse("\"a,b\n1,2\n", source: "q.csv")
        }
    }

    @Test("reports a record with the wrong number of fields with its line, expected and found")
    func wrongWidth() {
        #expect(throws: InterchangeError.csvWrongWidth(file: "w.csv", line: 4, expected: 3, found: 2)) {
            try CSVReader.parse("a,b,c\n\"1\n\",2,3\n4,5\n", source: "w.csv")
        }
        #expect(throws: InterchangeError.csvWrongWidth(file: "w.csv", line: 2, expected: 2, found: 3)) {
            try CSVReader.parse("a,b\n1,2,3\n", source: "w.csv")
        }
    }

    @Test("reports invalid UTF-8 with the line of the first bad byte")
    func invalidUTF8() {
        let bytes = Array("a,b\r\n1,2\r\n3,".utf8) + [0xC3, 0x28] + Array("\r\n".utf8)
        #expect(throws: InterchangeError.notUTF8(file: "l1.csv", line: 3)) {
            try CSVReader.parse(Data(bytes), source: "l1.csv")
        }
        // Latin-1 "Bærum" on line 2: 0xE6 is not UTF-8.
        let latin1 = Array("name\n".utf8) + [0x42, 0xE6, 0x72, 0x75, 0x6D, 0x0A]
        #expect(throws: InterchangeError.notUTF8(file: "l1.csv", line: 2)) {
            try CSVReader.parse(Data(latin1), source: "l1.csv")
        }
    }

    @Test("rejects overlong encodings and surrogates as not UTF-8")
    func strictUTF8() {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            #expect(throws: InterchangeError.notUTF8(file: "u.csv", line: 2)) {
                try CSVReader.parse(Data(Array("a\n".utf8) + bad), source: "u.csv")
            }
        }
    }

    @Test("reads a file and names it by the path as given when it is missing")
    func readsFiles() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("bank.csv")
        try Data("name,calls\nŽemaitė,4\n".utf8).write(to: url)
        let document = try CSVReader.read(contentsOf: url)
        #expect(document.source == url.path)
        #expect(document.rows.map(\.fields) == [["Žemaitė", "4"]])

        let missing = URL(fileURLWithPath: "no-such-dir/missing.csv")
        #expect(throws: InterchangeError.unreadableFile(path: "no-such-dir/missing.csv", reason: "no such file")) {
            try CSVReader.read(contentsOf: missing)
        }
        #expect(throws: InterchangeError.unreadableFile(path: directory.url.path, reason: "it is a directory, not a file")) {
            try CSVReader.read(contentsOf: directory.url)
        }
    }
}
