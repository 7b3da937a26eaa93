import Interchange
import Testing

@Suite("CSV header map")
struct CSVHeaderMapTests {
    private let columns = [
        CSVColumn("interval_start", aliases: ["start", "interval"]),
        CSVColumn("calls"),
        CSVColumn("aht", aliases: ["handle_time"], required: false),
    ]

    @Test("matches header names ignoring case, spaces, underscores and hyphens")
    func looseMatching() throws {
        let document = try CSVReader.parse(" Interval Start ,CALLS,Handle-Time\n08:00,12,300\n", source: "t.csv")
        let map = try CSVHeaderMap(document, columns: columns)
        let row = try #require(document.rows.first)
        #expect(map.string(row, "interval_start") == "08:00")
        #expect(try map.int(row, "calls") == 12)
        #expect(try map.double(row, "aht") == 300)
        #expect(map.has("Interval-Start"))
    }

    @Test("accepts an alias in place of the column name")
    func aliases() throws {
        let document = try CSVReader.parse("Start,calls\n08:15,3\n", source: "t.csv")
        let map = try CSVHeaderMap(document, columns: columns)
        #expect(map.string(document.rows[0], "interval_start") == "08:15")
    }

    @Test("allows extra columns and gives nil for an absent optional column")
    func optionalAndExtra() throws {
        let document = try CSVReader.parse("notes,start,calls\nbusy,08:00,4\n", source: "t.csv")
        let map = try CSVHeaderMap(document, columns: columns)
        let row = document.rows[0]
        #expect(!map.has("aht"))
        #expect(map.string(row, "aht") == nil)
        #expect(try map.double(row, "aht") == nil)
        #expect(try map.int(row, "aht") == nil)
    }

    @Test("reports a missing required column with every name it accepts")
    func missingColumn() throws {
        let document = try CSVReader.parse("calls\n4\n", source: "bank.csv")
        let expected = InterchangeError.csvMissingColumn(
            file: "bank.csv", column: "interval_start", accepted: ["interval_start", "start", "interval"]
        )
        #expect(throws: expected) { try CSVHeaderMap(document, columns: columns) }
        #expect(expected.description
            == "bank.csv: missing column 'interval_start' (accepted header names: 'interval_start', 'start', 'interval')")
    }

    @Test("reports a column that appears twice, also under an alias")
    func duplicateColumn() throws {
        let twice = try CSVReader.parse("calls,start,Calls\n1,08:00,2\n", source: "d.csv")
        #expect(throws: InterchangeError.csvDuplicateColumn(file: "d.csv", column: "Calls")) {
            try CSVHeaderMap(twice, columns: columns)
        }
        let viaAlias = try CSVReader.parse("interval,calls,start\n08:00,1,08:00\n", source: "d.csv")
        #expect(throws: InterchangeError.csvDuplicateColumn(file: "d.csv", column: "start")) {
            try CSVHeaderMap(viaAlias, columns: columns)
        }
    }

    @Test("reports a header that matches two declared columns")
    func headerMatchingTwoColumns() throws {
        let document = try CSVReader.parse("start\n08:00\n", source: "d.csv")
        let overlapping = [CSVColumn("start"), CSVColumn("begin", aliases: ["Start"], required: false)]
        #expect(throws: InterchangeError.csvDuplicateColumn(file: "d.csv", column: "start")) {
            try CSVHeaderMap(document, columns: overlapping)
        }
    }

    @Test("reads numbers with spaces around them and blank cells as nil")
    func numbers() throws {
        let document = try CSVReader.parse("start,calls,aht\n08:00, 12 , 12.5 \n08:15,,\n", source: "t.csv")
        let map = try CSVHeaderMap(document, columns: columns)
        #expect(try map.int(document.rows[0], "calls") == 12)
        #expect(try map.double(document.rows[0], "aht") == 12.5)
        #expect(try map.int(document.rows[1], "calls") == nil)
        #expect(try map.double(document.rows[1], "aht") == nil)
    }

    @Test("reads a decimal comma when the delimiter is a semicolon")
    func decimalComma() throws {
        let document = try CSVReader.parse("start;calls;aht\n08:00;3;12,5\n", source: "t.csv")
        let map = try CSVHeaderMap(document, columns: columns)
        #expect(try map.double(document.rows[0], "aht") == 12.5)
    }

    @Test("rejects a decimal comma when the comma is the delimiter")
    func noDecimalCommaInCommaFiles() throws {
        let document = try CSVReader.parse("start,calls,aht\n08:00,3,\"12,5\"\n", source: "t.csv")
        let map = try CSVHeaderMap(document, columns: columns)
        #expect(throws: InterchangeError.csvInvalidValue(
            file: "t.csv", line: 2, column: "aht", value: "12,5", expected: "a number"
        )) { try map.double(document.rows[0], "aht") }
    }

    @Test("hexadecimal, inf and nan are not numbers in a CSV file, and are refused at their line and column",
          arguments: ["0x10", "0X1p4", "inf", "-infinity", "nan", "1e", "--5", "1.2.3", "e5"])
    func nonDecimalSpellings(_ value: String) throws {
        let document = try CSVReader.parse("start,calls\n08:00,1\n08:15,\(value)\n", source: "bank.csv")
        let map = try CSVHeaderMap(document, columns: columns)
        #expect(throws: InterchangeError.csvInvalidValue(
            file: "bank.csv", line: 3, column: "calls", value: value, expected: "a number"
        )) { try map.double(document.rows[1], "calls") }
    }

    @Test("decimal spellings stay numbers: signs, points and exponents",
          arguments: [("-3.5", -3.5), ("+2", 2), (".5", 0.5), ("5.", 5), ("1e3", 1000), ("2.5E-2", 0.025)])
    func decimalSpellings(_ text: String, _ value: Double) throws {
        let document = try CSVReader.parse("start,calls\n08:00,\(text)\n", source: "bank.csv")
        let map = try CSVHeaderMap(document, columns: columns)
        #expect(try map.double(document.rows[0], "calls") == value)
    }

    @Test("names the line and the declared column of a value that is not a number")
    func invalidNumber() throws {
        let text = "Start,calls,handle_time\n08:00,12,300\n\n08:15,abc,300\n08:30,7,nan\n08:45,7.5,1\n"
        let document = try CSVReader.parse(text, source: "bank.csv")
        let map = try CSVHeaderMap(document, columns: columns)
        let expected = InterchangeError.csvInvalidValue(
            file: "bank.csv", line: 4, column: "calls", value: "abc", expected: "a number"
        )
        #expect(throws: expected) { try map.double(document.rows[1], "calls") }
        #expect(expected.description == "bank.csv:4: column 'calls': expected a number, found 'abc'")
        #expect(throws: InterchangeError.csvInvalidValue(
            file: "bank.csv", line: 5, column: "aht", value: "nan", expected: "a number"
        )) { try map.double(document.rows[2], "handle_time") }
        #expect(throws: InterchangeError.csvInvalidValue(
            file: "bank.csv", line: 6, column: "calls", value: "7.5", expected: "a whole number"
        )) { try map.int(document.rows[3], "calls") }
    }

    @Test("requires a non-blank value from requiredString")
    func requiredString() throws {
        let document = try CSVReader.parse("start,calls\n08:00,1\n  ,2\n", source: "t.csv")
        let map = try CSVHeaderMap(document, columns: columns)
        #expect(try map.requiredString(document.rows[0], "start") == "08:00")
        #expect(throws: InterchangeError.csvInvalidValue(
            file: "t.csv", line: 3, column: "interval_start", value: "  ", expected: "a value"
        )) { try map.requiredString(document.rows[1], "interval_start") }
        #expect(throws: InterchangeError.csvMissingColumn(file: "t.csv", column: "aht", accepted: ["aht", "handle_time"])) {
            try map.requiredString(document.rows[0], "aht")
        }
    }
}
