import Forecasting
import Foundation
import Interchange
import Testing

@Suite("Interval history: bad input names the line")
struct IntervalHistoryValidationTests {
    /// The bank sample with line `line` (1-based, the header is line 1) replaced by `replacement`.
    static func bank(replacing line: Int, with replacement: String) -> String {
        var lines = BankSample.monday.components(separatedBy: "\n")
        lines[line - 1] = replacement
        return lines.joined(separator: "\n")
    }

    @Test("bad cells: each error starts with file:line and names the column as the header spells it",
          arguments: [
            ("2003-03-03T07:25:00Z,abc", "bank.csv:7: column 'Calls': expected a number, found 'abc'"),
            ("2003-03-03T07:25:00Z,-3", "bank.csv:7: column 'Calls': expected 0 or more, found '-3'"),
            ("2003-03-03T07:25:00Z,", "bank.csv:7: column 'Calls': expected a value, found an empty cell"),
            (",87", "bank.csv:7: column 'DateTime': expected a value, found an empty cell"),
            ("yesterday,87", "bank.csv:7: column 'DateTime': expected a date and time like 2003-03-03T07:00:00Z, "
                + "2003-03-03 07:00 or 2003-03-03T07:00+02:00, found 'yesterday'"),
            ("2003-03-03T25:00:00Z,87", "bank.csv:7: column 'DateTime': expected a date and time like 2003-03-03T07:00:00Z, "
                + "2003-03-03 07:00 or 2003-03-03T07:00+02:00, found '2003-03-03T25:00:00Z'"),
            ("2003-02-30T07:25:00Z,87", "bank.csv:7: '2003-02-30T07:25:00Z' is not a date in the calendar"),
            ("07:25,87", "bank.csv:7: column 'DateTime': '07:25' has no date; add a 'date' column or write the date too (2003-03-03 07:00)"),
          ])
    func badCells(replacement: String, message: String) throws {
        let error = try #require(HistoryTesting.failure(Self.bank(replacing: 7, with: replacement)))
        #expect(error.description == message)
    }

    @Test("a negative or malformed AHT names its column")
    func badHandleTime() throws {
        let negative = HistoryTesting.failure("start,calls,AHT\n2003-03-03T07:00Z,1,-5\n2003-03-03T07:30Z,1,5\n")
        #expect(negative?.description == "bank.csv:2: column 'AHT': expected 0 or more, found '-5'")
        let malformed = HistoryTesting.failure("start,calls,AHT\n2003-03-03T07:00Z,1,3:5\n2003-03-03T07:30Z,1,5\n")
        #expect(malformed?.description == "bank.csv:2: column 'AHT': expected seconds (185) or [h:]mm:ss (3:05), found '3:5'")
    }

    @Test("a repeated interval names both lines")
    func duplicate() throws {
        let error = HistoryTesting.failure(Self.bank(replacing: 9, with: "2003-03-03T07:05:00Z,89"))
        #expect(error == .row(file: "bank.csv", line: 9, problem: .duplicate(
            channel: "phone", value: "2003-03-03T07:05:00Z", otherLine: 3)))
        #expect(error?.description == "bank.csv:9: channel 'phone': interval '2003-03-03T07:05:00Z' repeats line 3")
    }

    @Test("the same start in another channel is not a repeat")
    func sameStartOtherChannel() throws {
        let history = try HistoryTesting.read("queue,start,calls\na,2003-03-03T07:00Z,1\nb,2003-03-03T07:00Z,2\na,2003-03-03T07:30Z,3\n")
        #expect(history.observations.count == 3)
    }

    @Test("a start inside another row's interval names both lines")
    func startsInside() throws {
        let error = HistoryTesting.failure(Self.bank(replacing: 9, with: "2003-03-03T07:33:00Z,89"))
        #expect(error?.description == "bank.csv:9: channel 'phone': interval '2003-03-03T07:33:00Z' starts inside the "
            + "5-minute interval of line 8 ('2003-03-03T07:30:00Z')")
    }

    @Test("an off-grid start that runs into the next row names that row")
    func overlapsNext() throws {
        let text = "start,calls\n2003-03-03T07:00Z,1\n2003-03-03T07:15Z,1\n2003-03-03T07:30Z,1\n2003-03-03T08:10Z,1\n2003-03-03T08:15Z,1\n"
        let error = HistoryTesting.failure(text)
        #expect(error?.description == "bank.csv:5: channel 'phone': the 15-minute interval '2003-03-03T08:10Z' overlaps "
            + "line 6 ('2003-03-03T08:15Z')")
    }

    @Test("an off-grid start that touches no other row is reported against the local grid")
    func offGrid() throws {
        let text = "start,calls\n2003-03-03 07:00,1\n2003-03-03 07:15,1\n2003-03-03 09:10,1\n"
        let error = HistoryTesting.failure(text, IntervalHistoryOptions(timeZone: HistoryTesting.vilnius))
        #expect(error?.description == "bank.csv:4: channel 'phone': interval '2003-03-03 09:10' is not on the 15-minute "
            + "grid (starts must be a multiple of 15 minutes after midnight, local time in Europe/Vilnius)")
    }

    @Test("rows apart by no allowed length: the interval length cannot be told; both lines named")
    func unsupportedGap() throws {
        let error = HistoryTesting.failure("start,calls\n2003-03-03T07:00Z,1\n2003-03-03T07:07Z,1\n2003-03-03T07:14Z,1\n")
        #expect(error?.description == "bank.csv:3: starts 7 minutes after line 2; interval lengths must be 5, 10, 15, 20, "
            + "30 or 60 minutes (or give the length explicitly)")
    }

    @Test("a single row per channel: the length cannot be detected")
    func notDetected() throws {
        #expect(HistoryTesting.failure("start,calls\n2003-03-03T07:00Z,1\n") == .intervalNotDetected(file: "bank.csv"))
    }

    @Test("file-level problems: no timestamp column, no volume column, no rows, a short record")
    func fileLevel() throws {
        #expect(HistoryTesting.failure("when,calls\nx,1\n")?.description
            == "bank.csv: no timestamp column (accepted header names: 'interval_start', 'datetime', 'start', 'start_time', "
            + "'timestamp', 'interval', or both 'date' and 'time')")
        #expect(HistoryTesting.failure("start,agents\n2003-03-03T07:00Z,1\n")?.description
            == "bank.csv: missing column 'offered' (accepted header names: 'offered', 'calls', 'volume', 'contacts', 'calls_offered')")
        #expect(HistoryTesting.failure("start,calls\n") == .noRows(file: "bank.csv"))
        #expect(HistoryTesting.failure("start,calls\n2003-03-03T07:00Z\n")?.description
            == "bank.csv:2: expected 2 fields as in the header, found 1")
    }

    @Test("without lenient reading the first bad line (by line number) is the error")
    func firstBadLine() throws {
        var lines = BankSample.monday.components(separatedBy: "\n")
        lines[10] = "2003-03-03T07:45:00Z,oops"
        lines[4] = "2003-03-03T07:05:00Z,82"
        let error = HistoryTesting.failure(lines.joined(separator: "\n"))
        #expect(error?.description.hasPrefix("bank.csv:5: ") == true, "\(String(describing: error))")
    }

    @Test("lenient reading skips bad rows, keeps the rest, and reports each line with its reason")
    func lenient() throws {
        var lines = BankSample.monday.components(separatedBy: "\n")
        lines[3] = "2003-03-03T07:10:00Z,n/a"          // line 4
        lines[6] = "2003-03-03T07:05:00Z,87"           // line 7: repeats line 3
        lines[8] = "2003-03-03T07:33:00Z,89"           // line 9: inside line 8's interval
        lines[11] = "2003-03-03T07:52:00Z,122"         // line 12: runs into line 13's interval
        let history = try HistoryTesting.read(lines.joined(separator: "\n"), IntervalHistoryOptions(lenient: true))
        #expect(history.rowCount == 12)
        #expect(history.observations.count == 8)
        #expect(history.intervalSeconds == 300)
        #expect(history.skippedRows.map(\.line) == [4, 7, 9, 12])
        #expect(history.skippedRows.map(\.reason) == [
            "column 'Calls': expected a number, found 'n/a'",
            "channel 'phone': interval '2003-03-03T07:05:00Z' repeats line 3",
            "channel 'phone': interval '2003-03-03T07:33:00Z' starts inside the 5-minute interval of line 8 ('2003-03-03T07:30:00Z')",
            "channel 'phone': the 5-minute interval '2003-03-03T07:52:00Z' overlaps line 13 ('2003-03-03T07:55:00Z')",
        ])
        #expect(history.skippedRows.allSatisfy { $0.channel == "phone" })
    }

    @Test("lenient reading with every row bad is still an error, naming the first")
    func lenientNothingLeft() throws {
        let error = HistoryTesting.failure("start,calls\n2003-03-03T07:00Z,x\n2003-03-03T07:05Z,y\n", IntervalHistoryOptions(lenient: true))
        #expect(error?.description == "bank.csv:2: all 2 rows have problems; the first: column 'calls': expected a number, found 'x'")
    }
}
