import Forecasting
import Foundation

/// Reads interval history (contacts offered per interval) from CSV as telephony and ticketing
/// systems export it.
///
/// ```swift
/// let options = IntervalHistoryOptions(timeZone: TimeZone(identifier: "America/New_York")!, treatZAsLocal: true)
/// let history = try IntervalHistoryReader.read(contentsOf: URL(fileURLWithPath: "bank.csv"), options: options)
/// history.intervalSeconds   // 300, detected
/// ```
///
/// Columns (header names ignore case, spaces, `_` and `-`; other columns are ignored):
/// - the interval start: `interval_start` / `datetime` / `start` / `start_time` / `timestamp` /
///   `interval`, or a `date` column plus a `time` column (a time-of-day in the timestamp column
///   is combined with a `date` column too);
/// - contacts offered: `offered` / `calls` / `volume` / `contacts` / `calls_offered` (required);
/// - `handled` / `answered`, `abandoned`, `aht` / `handle_time` / `average_handle_time` (seconds,
///   or `[h:]mm:ss`), `channel` / `queue` (else ``IntervalHistoryOptions/defaultChannel``).
///
/// Time: a timestamp with `Z` or an offset is that instant, unless
/// ``IntervalHistoryOptions/treatZAsLocal`` reads `Z` as the centre's clock; one without a zone
/// is local time in ``IntervalHistoryOptions/timeZone``. On a day the clocks go back, a local
/// time that occurs twice maps to the earlier instant the first time a channel has it, and to
/// the later instant the second time (files list the hour twice, in order).
///
/// The interval length, unless given, is the most common gap between consecutive starts of a
/// channel among 5, 10, 15, 20, 30 and 60 minutes (for clean data, the smallest gap; a stray row
/// cannot change it). Every start must lie on that grid of the local clock; a row off the grid is
/// reported with the row whose interval it overlaps.
///
/// Errors name the file and the 1-based line; lenient reading skips bad rows and lists them in
/// ``IntervalHistoryFile/skippedRows`` instead. Problems with the file as a whole (unreadable,
/// a record of the wrong width, a missing column, an undetectable interval length) are errors
/// either way.
public enum IntervalHistoryReader {
    /// The interval lengths history may have, in seconds.
    public static let allowedIntervalSeconds = [300, 600, 900, 1_200, 1_800, 3_600]

    /// Reads the file at `url`; messages name it by its path as given.
    ///
    /// The file is read as a stream: each record becomes a compact row as it is read (see
    /// ``IntervalHistoryRow``), so memory holds the rows, not the text, and a bad record stops
    /// reading there (see ``read(_:options:)``).
    public static func read(contentsOf url: URL,
                            options: IntervalHistoryOptions = IntervalHistoryOptions()) throws(IntervalHistoryError) -> IntervalHistoryFile {
        let reader: CSVRecordReader
        do {
            reader = try CSVRecordReader(contentsOf: url)
        } catch {
            throw .csv(error)
        }
        return try read(reader, options: options)
    }

    /// Reads CSV text; `source` names it in messages.
    public static func parse(_ text: String, source: String,
                             options: IntervalHistoryOptions = IntervalHistoryOptions()) throws(IntervalHistoryError) -> IntervalHistoryFile {
        let reader: CSVRecordReader
        do {
            reader = try CSVRecordReader(bytes: Array(text.utf8), source: source)
        } catch {
            throw .csv(error)
        }
        return try read(reader, options: options)
    }

    /// Reads an already parsed CSV document.
    public static func read(_ document: CSVDocument,
                            options: IntervalHistoryOptions = IntervalHistoryOptions()) throws(IntervalHistoryError) -> IntervalHistoryFile {
        var records = document.rows.makeIterator()
        return try read(source: document.source, delimiter: document.delimiter, header: document.header,
                        options: options) { () throws(IntervalHistoryError) -> CSVRow? in records.next() }
    }

    /// Reads the records `reader` has not handed out yet, one at a time.
    ///
    /// Without lenient reading, the first record that cannot be read (a bad cell, a record of the
    /// wrong width, a byte that is not UTF-8) stops reading: the error is the first bad line (by
    /// number) among the lines read, whichever check found it, so a file that is bad on line 2
    /// fails after its first chunk. Lenient reading reads to the end.
    public static func read(_ reader: CSVRecordReader,
                            options: IntervalHistoryOptions = IntervalHistoryOptions()) throws(IntervalHistoryError) -> IntervalHistoryFile {
        try read(source: reader.source, delimiter: reader.delimiter, header: reader.header,
                 options: options) { () throws(IntervalHistoryError) -> CSVRow? in
            do throws(InterchangeError) {
                return try reader.next()
            } catch {
                throw .csv(error)
            }
        }
    }

    private static func read(source: String, delimiter: Character, header: [String], options: IntervalHistoryOptions,
                             next: () throws(IntervalHistoryError) -> CSVRow?) throws(IntervalHistoryError) -> IntervalHistoryFile {
        if let given = options.intervalSeconds, !allowedIntervalSeconds.contains(given) {
            throw .unsupportedIntervalLength(seconds: given)
        }
        let columns = try IntervalHistoryColumns(source: source, delimiter: delimiter, header: header)
        var problems = Problems(source: source, lenient: options.lenient)

        // Each record becomes a compact row at once: channels are interned, timestamps as written
        // go to one text store, and nothing else of the record is kept.
        var state = State()
        var rowCount = 0
        while let record = try next() {
            rowCount += 1
            let channel = columns.channel(of: record, fallback: options.defaultChannel)
            do {
                let parsed = try columns.row(record)
                state.append(parsed, line: record.line, channel: channel)
            } catch {
                problems.add(line: record.line, channel: channel, problem: error)
                // The lines after this one cannot be the first bad line: stop reading, and let
                // the checks below look for an earlier bad line among the rows read so far.
                if !options.lenient { break }
            }
        }
        guard rowCount > 0 else { throw .noRows(file: source) }
        if !state.slashed.isEmpty {
            try resolveSlashedDates(&state, source: source, problems: &problems)
        }
        placeOnTimeLine(&state, options: options, problems: &problems)

        // Sorted in place by channel name, start and line; channel indices become name ranks.
        state.sortByChannelAndStart()
        removeDuplicates(&state, problems: &problems)
        guard !state.rows.isEmpty else {
            try problems.check()
            throw problems.noUsableRows(count: rowCount)
        }

        let length: Int
        if let given = options.intervalSeconds {
            length = given
        } else {
            length = try detectLength(state, source: source, problems: problems)
        }
        keepOnGrid(&state, length: length, zone: options.timeZone, zoneName: options.timeZone.identifier,
                   problems: &problems)
        var observations: [IntervalObservation] = []
        observations.reserveCapacity(state.rows.count)
        for row in state.rows {
            observations.append(IntervalObservation(
                channel: state.channels[Int(row.channel)], start: Date(timeIntervalSince1970: TimeInterval(row.instant)),
                lengthSeconds: length, offered: row.offered, handled: row.handled, abandoned: row.abandoned,
                averageHandleTime: row.averageHandleTime))
        }
        state = State()
        // Without lenient reading, the first bad line (by number) is the error, whichever check found it.
        try problems.check()
        guard !observations.isEmpty else { throw problems.noUsableRows(count: rowCount) }
        return IntervalHistoryFile(source: source, observations: observations, intervalSeconds: length,
                                   sourceIntervalSeconds: length, rowCount: rowCount,
                                   skippedRows: problems.skipped.sorted { $0.line < $1.line })
    }

    /// The rows read so far and what they refer to.
    struct State {
        var rows: [IntervalHistoryRow] = []
        /// Channel names by ``IntervalHistoryRow/channel`` (sorted once ``sortByChannelAndStart()`` ran).
        var channels: [String] = []
        private var channelIndex: [String: Int32] = [:]
        var texts = IntervalHistoryTextStore()
        /// Dates written `a/b/yyyy`, until the file's order is decided.
        var slashed: [IntervalHistoryRow.SlashedDate] = []

        mutating func append(_ parsed: IntervalHistoryColumns.Parsed, line: Int, channel name: String) {
            let channel: Int32
            if let known = channelIndex[name] {
                channel = known
            } else {
                channel = Int32(channels.count)
                channels.append(name)
                channelIndex[name] = channel
            }
            let instant: Int
            switch parsed.timestamp.date {
            case let .known(year, month, day):
                instant = IntervalHistoryCalendar.days(year: year, month: month, day: day) * 86_400
                    + parsed.timestamp.secondsOfDay
            case let .slashed(first, second, year):
                instant = IntervalHistoryRow.slashedReference(slashed.count)
                slashed.append(.init(first: UInt8(first), second: UInt8(second), year: UInt16(year),
                                     secondsOfDay: Int32(parsed.timestamp.secondsOfDay)))
            case .none:
                // The columns give every row a date; a row without one is not kept.
                return
            }
            let zone: Int32
            switch parsed.timestamp.zone {
            case .none: zone = IntervalHistoryRow.noZone
            case .utc: zone = IntervalHistoryRow.utc
            case .offset(let seconds): zone = Int32(seconds)
            }
            rows.append(IntervalHistoryRow(
                line: line, instant: instant, text: texts.store(parsed.text), offered: parsed.offered,
                handled: parsed.handled, abandoned: parsed.abandoned, averageHandleTime: parsed.averageHandleTime,
                channel: channel, zone: zone))
        }

        func channel(of row: IntervalHistoryRow) -> String { channels[Int(row.channel)] }

        func text(of row: IntervalHistoryRow) -> String { texts.text(at: row.text) }

        /// Sorts the rows by channel name, start and line, in place; afterwards a row's channel
        /// index is its name's rank and ``channels`` is sorted.
        mutating func sortByChannelAndStart() {
            let order = channels.indices.sorted { channels[$0] < channels[$1] }
            var rank = [Int32](repeating: 0, count: channels.count)
            for (position, index) in order.enumerated() { rank[index] = Int32(position) }
            for index in rows.indices { rows[index].channel = rank[Int(rows[index].channel)] }
            channels = order.map { channels[$0] }
            channelIndex = [:]
            rows.sort { ($0.channel, $0.instant, $0.line) < ($1.channel, $1.instant, $1.line) }
        }

        /// Keeps the first `count` rows, releasing the rest.
        mutating func keepFirst(_ count: Int) {
            rows.removeLast(rows.count - count)
        }
    }

    /// Decides whether `a/b/yyyy` dates are day- or month-first, from the rows that can only be one.
    private static func resolveSlashedDates(_ state: inout State, source: String,
                                            problems: inout Problems) throws(IntervalHistoryError) {
        var dayFirst: IntervalHistoryRow?
        var monthFirst: IntervalHistoryRow?
        var ambiguous: IntervalHistoryRow?
        for row in state.rows where row.isSlashed {
            let date = state.slashed[row.slashedIndex]
            let (first, second) = (Int(date.first), Int(date.second))
            if first > 12, dayFirst == nil { dayFirst = row }
            if second > 12, monthFirst == nil { monthFirst = row }
            if first != second, first <= 12, second <= 12, ambiguous == nil { ambiguous = row }
        }
        if let dayFirst, let monthFirst {
            try problems.check()
            throw .conflictingDateOrder(file: source, dayFirstLine: dayFirst.line, dayFirstValue: state.text(of: dayFirst),
                                        monthFirstLine: monthFirst.line, monthFirstValue: state.text(of: monthFirst))
        }
        if dayFirst == nil, monthFirst == nil, let ambiguous {
            try problems.check()
            throw .ambiguousDateOrder(file: source, line: ambiguous.line, value: state.text(of: ambiguous))
        }
        let isDayFirst = dayFirst != nil
        // Kept rows are moved to the front in place, so the rows are not held twice.
        var keptCount = 0
        for index in state.rows.indices {
            var row = state.rows[index]
            if row.isSlashed {
                let date = state.slashed[row.slashedIndex]
                let (first, second, year) = (Int(date.first), Int(date.second), Int(date.year))
                let (day, month) = isDayFirst ? (first, second) : (second, first)
                guard IntervalHistoryCalendar.isValid(year: year, month: month, day: day) else {
                    problems.add(line: row.line, channel: state.channel(of: row),
                                 problem: .nonexistentDate(value: state.text(of: row)))
                    continue
                }
                row.instant = IntervalHistoryCalendar.days(year: year, month: month, day: day) * 86_400
                    + Int(date.secondsOfDay)
            }
            state.rows[keptCount] = row
            keptCount += 1
        }
        state.keepFirst(keptCount)
        state.slashed = []
    }

    /// Turns each row's clock reading into a UTC instant, in file order (which decides the
    /// repeated hour of a day the clocks go back).
    ///
    /// A local time the clocks pass twice maps to the later instant when an earlier row of the
    /// channel took the earlier one. Only those earlier instants are ever asked about, so the
    /// rows are first placed (a repeated time provisionally at its earlier instant) and only the
    /// rows at an asked-about instant are remembered, not every row.
    private static func placeOnTimeLine(_ state: inout State, options: IntervalHistoryOptions,
                                        problems: inout Problems) {
        struct Taken: Hashable {
            let channel: Int32
            let instant: Int
        }
        let zoneName = options.timeZone.identifier
        // Rows whose local time occurs twice (by index: their later instant), rows in a gap.
        var later: [Int: Int] = [:]
        var asked = Set<Taken>()
        var inGap = Set<Int>()
        for index in state.rows.indices {
            let row = state.rows[index]
            let clock = row.instant
            switch row.zone {
            // No zone, or Z read as the centre's clock: local time.
            case IntervalHistoryRow.noZone,
                 IntervalHistoryRow.utc where options.treatZAsLocal:
                switch IntervalHistoryCalendar.resolve(local: clock, in: options.timeZone) {
                case .unique(let instant):
                    state.rows[index].instant = instant
                case let .fold(earlier, laterInstant):
                    state.rows[index].instant = earlier
                    later[index] = laterInstant
                    asked.insert(Taken(channel: row.channel, instant: earlier))
                case .gap:
                    problems.add(line: row.line, channel: state.channel(of: row), problem: .nonexistentLocalTime(
                        value: state.text(of: row), timeZone: zoneName))
                    inGap.insert(index)
                }
            case IntervalHistoryRow.utc:
                state.rows[index].instant = clock
            default:
                state.rows[index].instant = clock - Int(row.zone)
            }
        }
        // History ends with tomorrow in the centre's zone (IntervalHistoryOptions.now).
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = options.timeZone
        let future: (limit: Int, lastDay: String)? = options.now.flatMap { now in
            let today = calendar.startOfDay(for: now)
            guard let end = calendar.date(byAdding: .day, value: 2, to: today),
                  let tomorrow = calendar.date(byAdding: .day, value: 1, to: today) else { return nil }
            let day = calendar.dateComponents([.year, .month, .day], from: tomorrow)
            return (Int(end.timeIntervalSince1970.rounded(.down)),
                    String(format: "%04d-%02d-%02d", day.year ?? 0, day.month ?? 0, day.day ?? 0))
        }
        var taken = Set<Taken>()
        // Kept rows are moved to the front in place, so the rows are not held twice.
        var keptCount = 0
        for index in state.rows.indices {
            guard !inGap.contains(index) else { continue }
            var row = state.rows[index]
            if let laterInstant = later[index], taken.contains(Taken(channel: row.channel, instant: row.instant)) {
                row.instant = laterInstant
            }
            if row.instant < 0 {
                problems.add(line: row.line, channel: state.channel(of: row), problem: .beforeEpoch(value: state.text(of: row)))
                continue
            }
            if let future, row.instant >= future.limit {
                problems.add(line: row.line, channel: state.channel(of: row), problem: .inTheFuture(
                    value: state.text(of: row), lastDay: future.lastDay, timeZone: zoneName))
                continue
            }
            let placed = Taken(channel: row.channel, instant: row.instant)
            if asked.contains(placed) { taken.insert(placed) }
            state.rows[keptCount] = row
            keptCount += 1
        }
        state.keepFirst(keptCount)
    }

    /// Drops repeats of an interval start within a channel (the first line wins), in place; the
    /// rows are sorted.
    private static func removeDuplicates(_ state: inout State, problems: inout Problems) {
        var keptCount = 0
        for index in state.rows.indices {
            let row = state.rows[index]
            if keptCount > 0, case let previous = state.rows[keptCount - 1],
               previous.channel == row.channel, previous.instant == row.instant {
                let channel = state.channel(of: row)
                problems.add(line: row.line, channel: channel, problem: .duplicate(
                    channel: channel, value: state.text(of: row), otherLine: previous.line))
                continue
            }
            state.rows[keptCount] = row
            keptCount += 1
        }
        state.keepFirst(keptCount)
    }

    /// The most common gap between consecutive starts that is an allowed length; ties go to the
    /// shorter length.
    private static func detectLength(_ state: State, source: String,
                                     problems: Problems) throws(IntervalHistoryError) -> Int {
        var counts: [Int: Int] = [:]
        var smallest: (gap: Int, line: Int, previousLine: Int)?
        let rows = state.rows
        for index in rows.indices.dropFirst() where rows[index - 1].channel == rows[index].channel {
            let (previous, row) = (rows[index - 1], rows[index])
            let gap = row.instant - previous.instant
            if allowedIntervalSeconds.contains(gap) { counts[gap, default: 0] += 1 }
            if smallest == nil || gap < smallest!.gap { smallest = (gap, row.line, previous.line) }
        }
        if let best = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) { return best.key }
        try problems.check()
        guard let smallest else { throw .intervalNotDetected(file: source) }
        throw .unsupportedGap(file: source, line: smallest.line, previousLine: smallest.previousLine,
                              seconds: smallest.gap)
    }

    /// Keeps, in place, the rows whose starts lie on the local `length` grid without overlapping
    /// the row kept before them in their channel; the rows are sorted and without repeats.
    private static func keepOnGrid(_ state: inout State, length: Int, zone: TimeZone, zoneName: String,
                                   problems: inout Problems) {
        let minutes = length / 60
        var keptCount = 0
        // Where the current channel's kept rows begin.
        var channelStart = 0
        for index in state.rows.indices {
            let row = state.rows[index]
            if index == 0 || state.rows[index - 1].channel != row.channel { channelStart = keptCount }
            let local = row.instant + IntervalHistoryCalendar.offset(of: zone, at: row.instant)
            let aligned = ((local % length) + length) % length == 0
            if keptCount > channelStart, case let previous = state.rows[keptCount - 1],
               previous.instant + length > row.instant {
                let channel = state.channel(of: row)
                problems.add(line: row.line, channel: channel, problem: .startsInside(
                    channel: channel, value: state.text(of: row), minutes: minutes, otherLine: previous.line,
                    otherValue: state.text(of: previous)))
                continue
            }
            if aligned {
                state.rows[keptCount] = row
                keptCount += 1
                continue
            }
            let channel = state.channel(of: row)
            if index + 1 < state.rows.count, case let next = state.rows[index + 1], next.channel == row.channel,
               row.instant + length > next.instant {
                problems.add(line: row.line, channel: channel, problem: .overlaps(
                    channel: channel, value: state.text(of: row), minutes: minutes, otherLine: next.line,
                    otherValue: state.text(of: next)))
            } else {
                problems.add(line: row.line, channel: channel, problem: .offGrid(
                    channel: channel, value: state.text(of: row), minutes: minutes, timeZone: zoneName))
            }
        }
        state.keepFirst(keptCount)
    }

    /// Bad rows found so far: skipped when lenient, else the first (by line) becomes the error.
    struct Problems {
        let source: String
        let lenient: Bool
        var skipped: [IntervalHistorySkippedRow] = []

        mutating func add(line: Int, channel: String, problem: IntervalHistoryRowProblem) {
            skipped.append(IntervalHistorySkippedRow(line: line, channel: channel, problem: problem))
        }

        /// Throws the earliest problem unless reading is lenient.
        func check() throws(IntervalHistoryError) {
            guard !lenient, let first = skipped.min(by: { $0.line < $1.line }) else { return }
            throw .row(file: source, line: first.line, problem: first.problem)
        }

        func noUsableRows(count: Int) -> IntervalHistoryError {
            guard let first = skipped.min(by: { $0.line < $1.line }) else { return .noRows(file: source) }
            return .noUsableRows(file: source, rows: count, firstLine: first.line, problem: first.problem)
        }
    }
}
