import Forecasting
import Foundation
import Interchange
import Testing

/// Rows that cannot be history: more handled than offered, a start before 1970 or after tomorrow.
/// Each is a row error naming line and column, skipped and reported under lenient reading.
@Suite("Interval history: implausible rows")
struct IntervalHistoryPlausibilityTests {
    /// Reading as of 2026-12-08 12:00 UTC in Vilnius (UTC+2): tomorrow there is 2026-12-09, so
    /// history must start before 2026-12-10 00:00 local, 2026-12-09T22:00Z.
    static let now = HistoryTesting.instant("2026-12-08T12:00:00Z")
    static let options = IntervalHistoryOptions(timeZone: HistoryTesting.vilnius, now: now)

    @Test("more handled than offered is an error naming the line and the handled column")
    func handledAboveOffered() throws {
        let error = HistoryTesting.failure("start,offered,Handled\n2003-03-03T07:00Z,10,10\n2003-03-03T07:30Z,10,12\n")
        #expect(error == .row(file: "bank.csv", line: 3, problem: .handledExceedsOffered(
            column: "Handled", handled: "12", offeredColumn: "offered", offered: "10")))
        #expect(error?.description == "bank.csv:3: column 'Handled': 12 handled is more than the 10 offered (column 'offered')")
    }

    @Test("lenient reading skips a row with more handled than offered and reports it")
    func handledAboveOfferedLenient() throws {
        let text = "start,offered,handled\n2003-03-03T07:00Z,10,9\n2003-03-03T07:30Z,10,11\n2003-03-03T08:00Z,5,5\n"
        let history = try HistoryTesting.read(text, IntervalHistoryOptions(lenient: true))
        #expect(history.observations.map(\.offered) == [10, 5])
        #expect(history.skippedRows.map(\.line) == [3])
        #expect(history.skippedRows.first?.reason == "column 'handled': 11 handled is more than the 10 offered (column 'offered')")
    }

    @Test("a start in 2099 is not history: an error naming the line, tomorrow and the zone")
    func farFuture() throws {
        let error = HistoryTesting.failure("start,calls\n2026-12-07 07:00,1\n2099-12-07 07:30,1\n2026-12-07 08:00,1\n", Self.options)
        #expect(error?.description == "bank.csv:3: '2099-12-07 07:30' is in the future: history ends with tomorrow, 2026-12-09 in Europe/Vilnius")
    }

    @Test("tomorrow's last interval in the centre's zone is accepted, the next midnight is not")
    func tomorrowIsTheBound() throws {
        let text = "start,calls\n2026-12-09 23:00,1\n2026-12-09 23:30,1\n2026-12-10 00:00,1\n"
        let history = try HistoryTesting.read(text, IntervalHistoryOptions(timeZone: HistoryTesting.vilnius, lenient: true, now: Self.now))
        #expect(history.observations.count == 2)
        #expect(history.skippedRows.map(\.line) == [4])
        // Without a reading moment there is no upper bound (old files read for their own sake).
        #expect(try HistoryTesting.read(text, IntervalHistoryOptions(timeZone: HistoryTesting.vilnius)).observations.count == 3)
    }

    @Test("a start before 1970 is an error, with or without a reading moment")
    func beforeEpoch() throws {
        let error = HistoryTesting.failure("start,calls\n1969-12-31T23:30Z,1\n1970-01-01T00:00Z,1\n1970-01-01T00:30Z,1\n")
        #expect(error == .row(file: "bank.csv", line: 2, problem: .beforeEpoch(value: "1969-12-31T23:30Z")))
        #expect(error?.description == "bank.csv:2: '1969-12-31T23:30Z' is before 1970-01-01 00:00 UTC, earlier than any history Headset keeps")
    }

    @Test("channel names are trimmed and lower-cased: Phone, ' phone' and PHONE are one channel, stored as phone")
    func channelNamesAreOne() throws {
        let text = "channel,start,calls\nPhone,2003-03-03T07:00Z,1\n phone ,2003-03-03T07:30Z,2\nPHONE,2003-03-03T08:00Z,3\nEmail,2003-03-03T07:00Z,4\n"
        let history = try HistoryTesting.read(text)
        #expect(history.channels == ["email", "phone"])
        #expect(history.observations.filter { $0.channel == "phone" }.map(\.offered) == [1, 2, 3])
        #expect(ChannelName.normalized("  Voice\t") == "voice")
        // The default channel of rows without one is normalised too.
        let plain = try HistoryTesting.read("start,calls\n2003-03-03T07:00Z,1\n2003-03-03T07:30Z,2\n",
                                            IntervalHistoryOptions(defaultChannel: " Chat "))
        #expect(plain.channels == ["chat"])
    }

    @Test("the same interval under Phone and phone is a repeat, not two channels")
    func channelSpellingsRepeat() throws {
        let error = HistoryTesting.failure("channel,start,calls\nPhone,2003-03-03T07:00Z,1\nphone,2003-03-03T07:00Z,2\nphone,2003-03-03T07:30Z,2\n")
        #expect(error?.description == "bank.csv:3: channel 'phone': interval '2003-03-03T07:00Z' repeats line 2")
    }
}
