import Forecasting
import Foundation
import Interchange
import Testing

/// Lines cut from the bank reference data: five-minute counts of calls at a North American bank,
/// the centre's local clock written with a `Z`. Source: Weinberg, Brown & Stroud (2007), "Bayesian
/// forecasting of an inhomogeneous Poisson process with applications to call center data", JASA
/// 102(480), 1185–1198; distributed as `bank_calls` with the R package fpp3.
enum BankSample {
    /// 2003-03-03 07:00–07:55 (EST in New York), as exported.
    static let monday = """
        DateTime,Calls
        2003-03-03T07:00:00Z,111
        2003-03-03T07:05:00Z,113
        2003-03-03T07:10:00Z,76
        2003-03-03T07:15:00Z,82
        2003-03-03T07:20:00Z,91
        2003-03-03T07:25:00Z,87
        2003-03-03T07:30:00Z,75
        2003-03-03T07:35:00Z,89
        2003-03-03T07:40:00Z,99
        2003-03-03T07:45:00Z,125
        2003-03-03T07:50:00Z,99
        2003-03-03T07:55:00Z,122

        """

    /// The end of 2003-03-03 and the start of the next day: the overnight gap.
    static let overnight = """
        DateTime,Calls
        2003-03-03T20:50:00Z,86
        2003-03-03T20:55:00Z,78
        2003-03-03T21:00:00Z,79
        2003-03-04T07:00:00Z,108
        2003-03-04T07:05:00Z,83

        """

    /// 2003-04-03 (EST) and 2003-04-08 (EDT, after the change on 6 April) at 07:00–07:25.
    static let aroundDaylightSaving = """
        DateTime,Calls
        2003-04-03T07:00:00Z,167
        2003-04-03T07:05:00Z,134
        2003-04-03T07:10:00Z,104
        2003-04-03T07:15:00Z,117
        2003-04-03T07:20:00Z,102
        2003-04-03T07:25:00Z,109
        2003-04-08T07:00:00Z,59
        2003-04-08T07:05:00Z,47
        2003-04-08T07:10:00Z,63
        2003-04-08T07:15:00Z,64
        2003-04-08T07:20:00Z,59
        2003-04-08T07:25:00Z,62

        """
}

/// Helpers shared by the interval history suites.
enum HistoryTesting {
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let vilnius = TimeZone(identifier: "Europe/Vilnius")!
    static let utc = TimeZone(identifier: "UTC")!

    static func read(_ text: String, _ options: IntervalHistoryOptions = IntervalHistoryOptions()) throws -> IntervalHistoryFile {
        try IntervalHistoryReader.parse(text, source: "bank.csv", options: options)
    }

    /// The error reading `text` fails with, or nil when it succeeds.
    static func failure(_ text: String, _ options: IntervalHistoryOptions = IntervalHistoryOptions()) -> IntervalHistoryError? {
        do {
            _ = try IntervalHistoryReader.parse(text, source: "bank.csv", options: options)
            return nil
        } catch {
            return error
        }
    }

    static func instant(_ text: String) -> Date {
        try! Date(text, strategy: .iso8601)
    }
}

@Suite("Interval history: layouts and columns")
struct IntervalHistoryReaderTests {
    @Test("reads the bank export: DateTime and Calls, 5-minute intervals detected, Z as UTC by default")
    func bankExport() throws {
        let history = try HistoryTesting.read(BankSample.monday)
        #expect(history.intervalSeconds == 300)
        #expect(history.sourceIntervalSeconds == 300)
        #expect(history.rowCount == 12)
        #expect(history.skippedRows.isEmpty)
        #expect(history.observations.count == 12)
        #expect(history.observations.first == IntervalObservation(
            channel: "phone", start: HistoryTesting.instant("2003-03-03T07:00:00Z"), lengthSeconds: 300, offered: 111))
        #expect(history.observations.last?.offered == 122)
        #expect(history.channels == ["phone"])
    }

    @Test("the overnight gap does not change the detected length")
    func overnightGap() throws {
        let history = try HistoryTesting.read(BankSample.overnight)
        #expect(history.intervalSeconds == 300)
        #expect(history.observations.count == 5)
    }

    @Test("accepts every alias for every column, in any case and spacing",
          arguments: [
            "interval_start,offered,aht,handled,abandoned,channel",
            "DateTime,Calls,handle_time,answered,Abandoned,queue",
            "Start,Volume,Average Handle Time,ANSWERED,abandoned,Queue",
            "timestamp,contacts,AHT,handled,abandoned,channel",
            "Interval,Calls Offered,aht,handled,abandoned,channel",
            "start-time,calls,aht,handled,abandoned,channel",
          ])
    func aliases(header: String) throws {
        let text = header + "\n2003-03-03T07:00:00Z,10,180,9,1,billing\n2003-03-03T07:15:00Z,12,200,12,0,billing\n"
        let history = try HistoryTesting.read(text)
        #expect(history.intervalSeconds == 900)
        #expect(history.observations == [
            IntervalObservation(channel: "billing", start: HistoryTesting.instant("2003-03-03T07:00:00Z"), lengthSeconds: 900,
                                offered: 10, handled: 9, abandoned: 1, averageHandleTime: 180),
            IntervalObservation(channel: "billing", start: HistoryTesting.instant("2003-03-03T07:15:00Z"), lengthSeconds: 900,
                                offered: 12, handled: 12, abandoned: 0, averageHandleTime: 200),
        ])
    }

    @Test("separate date and time columns are combined")
    func dateAndTimeColumns() throws {
        let text = "Date,Time,Calls\n2003-03-03,07:00,111\n2003-03-03,07:05,113\n2003-03-03,7:10,76\n"
        let history = try HistoryTesting.read(text)
        #expect(history.observations.map(\.start) == ["07:00", "07:05", "07:10"].map {
            HistoryTesting.instant("2003-03-03T\($0):00Z")
        })
    }

    @Test("a time of day in the timestamp column is combined with a date column")
    func dateAndIntervalColumns() throws {
        let text = "date,interval,offered\n2003-03-03,07:00,5\n2003-03-03,07:30,6\n"
        let history = try HistoryTesting.read(text)
        #expect(history.intervalSeconds == 1_800)
        #expect(history.observations.map(\.offered) == [5, 6])
    }

    @Test("ISO 8601 forms with T or a space, with or without seconds, and with fractions of zero")
    func isoForms() throws {
        let text = """
            start,calls
            2003-03-03T07:00:00Z,1
            2003-03-03 07:15Z,2
            2003-03-03t07:30:00.000Z,3
            2003/03/03 07:45:00 UTC,4

            """
        let history = try HistoryTesting.read(text)
        #expect(history.observations.map(\.start) == ["07:00", "07:15", "07:30", "07:45"].map {
            HistoryTesting.instant("2003-03-03T\($0):00Z")
        })
    }

    @Test("semicolon files with decimal commas, AHT as m:ss or h:mm:ss, and extra columns ignored")
    func europeanExport() throws {
        let text = """
            Queue;Date;Time;Offered;Answered;AHT;Notes
            billing;03.03.2003;07:00;10;9;3:05;quiet
            billing;03.03.2003;07:30;12,5;12;0:03:20;
            sales;03.03.2003;07:00;4;4;95,5;

            """
        let history = try HistoryTesting.read(text)
        #expect(history.channels == ["billing", "sales"])
        #expect(history.observations.map(\.channel) == ["billing", "billing", "sales"])
        #expect(history.observations.map(\.averageHandleTime) == [185, 200, 95.5])
        #expect(history.observations[1].offered == 12.5)
        #expect(history.intervalSeconds == 1_800, "detected from billing; sales has one row and shares the file's length")
    }

    @Test("rows without a channel get the default channel; output is sorted by channel, then start")
    func channelsAndOrder() throws {
        let text = """
            channel,start,calls
            email,2003-03-03T08:00:00Z,3
            ,2003-03-03T07:30:00Z,2
            email,2003-03-03T07:30:00Z,1
            ,2003-03-03T07:00:00Z,4

            """
        let history = try HistoryTesting.read(text, IntervalHistoryOptions(defaultChannel: "voice"))
        #expect(history.observations.map { "\($0.channel) \(Int($0.offered))" } == ["email 1", "email 3", "voice 4", "voice 2"])
    }

    @Test("slashed dates: day/month when some day is above 12, month/day when some month position is")
    func slashedDates() throws {
        let dayFirst = try HistoryTesting.read("start,calls\n13/03/2003 07:00,1\n02/03/2003 07:00,2\n02/03/2003 07:30,3\n")
        #expect(dayFirst.observations.map(\.start).first == HistoryTesting.instant("2003-03-02T07:00:00Z"))
        let monthFirst = try HistoryTesting.read("start,calls\n03/13/2003 07:00,1\n03/02/2003 07:00,2\n03/02/2003 07:30,3\n")
        #expect(monthFirst.observations.map(\.start).first == HistoryTesting.instant("2003-03-02T07:00:00Z"))
        let sameBothWays = try HistoryTesting.read("start,calls\n03/03/2003 07:00,1\n03/03/2003 07:05,2\n")
        #expect(sameBothWays.observations.count == 2)
    }

    @Test("slashed dates that never settle the order, or settle it both ways, are refused")
    func slashedDatesRefused() throws {
        let ambiguous = HistoryTesting.failure("start,calls\n03/03/2003 07:00,1\n04/03/2003 07:00,2\n04/03/2003 07:05,2\n")
        #expect(ambiguous == .ambiguousDateOrder(file: "bank.csv", line: 3, value: "04/03/2003 07:00"))
        #expect(ambiguous?.description
            == "bank.csv:3: date '04/03/2003 07:00' may be day/month or month/day and no date in the file has a day above 12 to tell; write dates as YYYY-MM-DD")
        let conflicting = HistoryTesting.failure("start,calls\n13/03/2003 07:00,1\n03/14/2003 07:00,2\n")
        #expect(conflicting?.description
            == "bank.csv:3: date '03/14/2003 07:00' is month/day/year but line 2 ('13/03/2003 07:00') is day/month/year; write dates as YYYY-MM-DD")
    }

    @Test("a given interval length is used instead of detection, even for a single row")
    func givenLength() throws {
        let history = try HistoryTesting.read("start,calls\n2003-03-03T07:00:00Z,5\n", IntervalHistoryOptions(intervalSeconds: 900))
        #expect(history.intervalSeconds == 900)
        #expect(history.observations.first?.lengthSeconds == 900)
        #expect(HistoryTesting.failure("start,calls\n2003-03-03T07:00:00Z,5\n", IntervalHistoryOptions(intervalSeconds: 420))
            == .unsupportedIntervalLength(seconds: 420))
    }

    @Test("reads a file from disk and names it by the path as given")
    func readsFile() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("calls.csv")
        try Data(BankSample.monday.utf8).write(to: url)
        let history = try IntervalHistoryReader.read(contentsOf: url)
        #expect(history.observations.count == 12)
        let missing = directory.url.appendingPathComponent("absent.csv")
        #expect(throws: IntervalHistoryError.self) { try IntervalHistoryReader.read(contentsOf: missing) }
    }
}
