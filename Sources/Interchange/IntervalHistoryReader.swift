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
    /// The file is read as a stream: each record becomes a compact row as it is read, so memory
    /// holds the rows, not the text, and a bad record stops reading there (see ``read(_:options:)``).
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

        var rows: [IntervalHistoryColumns.Row] = []
        var rowCount = 0
        var hasSlashedDates = false
        while let record = try next() {
            rowCount += 1
            let channel = columns.channel(of: record, fallback: options.defaultChannel)
            do {
                let row = try columns.row(record, channel: channel)
                if case .slashed = row.timestamp.date { hasSlashedDates = true }
                rows.append(row)
            } catch {
                problems.add(line: record.line, channel: channel, problem: error)
                // The lines after this one cannot be the first bad line: stop reading, and let
                // the checks below look for an earlier bad line among the rows read so far.
                if !options.lenient { break }
            }
        }
        guard rowCount > 0 else { throw .noRows(file: source) }
        if hasSlashedDates {
            try resolveSlashedDates(&rows, source: source, problems: &problems)
        }
        placeOnTimeLine(&rows, options: options, problems: &problems)

        let keptCount = rows.count
        var byChannel = Dictionary(grouping: rows, by: \.channel)
        rows = []
        for channel in byChannel.keys {
            byChannel[channel] = removingDuplicates(
                byChannel[channel]!.sorted { ($0.instant, $0.line) < ($1.instant, $1.line) }, problems: &problems)
        }
        guard byChannel.values.contains(where: { !$0.isEmpty }) else {
            try problems.check()
            throw problems.noUsableRows(count: rowCount)
        }

        let length: Int
        if let given = options.intervalSeconds {
            length = given
        } else {
            length = try detectLength(byChannel, source: source, problems: problems)
        }
        let zoneName = options.timeZone.identifier
        var observations: [IntervalObservation] = []
        observations.reserveCapacity(keptCount)
        for channel in byChannel.keys.sorted() {
            let kept = onGrid(byChannel[channel]!, length: length, zone: options.timeZone, zoneName: zoneName,
                              problems: &problems)
            byChannel[channel] = nil
            for row in kept {
                observations.append(IntervalObservation(
                    channel: row.channel, start: Date(timeIntervalSince1970: TimeInterval(row.instant)),
                    lengthSeconds: length, offered: row.offered, handled: row.handled, abandoned: row.abandoned,
                    averageHandleTime: row.averageHandleTime))
            }
        }
        // Without lenient reading, the first bad line (by number) is the error, whichever check found it.
        try problems.check()
        guard !observations.isEmpty else { throw problems.noUsableRows(count: rowCount) }
        return IntervalHistoryFile(source: source, observations: observations, intervalSeconds: length,
                                   sourceIntervalSeconds: length, rowCount: rowCount,
                                   skippedRows: problems.skipped.sorted { $0.line < $1.line })
    }

    /// Decides whether `a/b/yyyy` dates are day- or month-first, from the rows that can only be one.
    private static func resolveSlashedDates(_ rows: inout [IntervalHistoryColumns.Row], source: String,
                                            problems: inout Problems) throws(IntervalHistoryError) {
        var dayFirst: IntervalHistoryColumns.Row?
        var monthFirst: IntervalHistoryColumns.Row?
        var ambiguous: IntervalHistoryColumns.Row?
        for row in rows {
            guard case let .slashed(first, second, _) = row.timestamp.date else { continue }
            if first > 12, dayFirst == nil { dayFirst = row }
            if second > 12, monthFirst == nil { monthFirst = row }
            if first != second, first <= 12, second <= 12, ambiguous == nil { ambiguous = row }
        }
        if let dayFirst, let monthFirst {
            try problems.check()
            throw .conflictingDateOrder(file: source, dayFirstLine: dayFirst.line, dayFirstValue: dayFirst.text,
                                        monthFirstLine: monthFirst.line, monthFirstValue: monthFirst.text)
        }
        if dayFirst == nil, monthFirst == nil, let ambiguous {
            try problems.check()
            throw .ambiguousDateOrder(file: source, line: ambiguous.line, value: ambiguous.text)
        }
        let isDayFirst = dayFirst != nil
        var kept: [IntervalHistoryColumns.Row] = []
        kept.reserveCapacity(rows.count)
        for var row in rows {
            if case let .slashed(first, second, year) = row.timestamp.date {
                let (day, month) = isDayFirst ? (first, second) : (second, first)
                guard IntervalHistoryCalendar.isValid(year: year, month: month, day: day) else {
                    problems.add(line: row.line, channel: row.channel, problem: .nonexistentDate(value: row.text))
                    continue
                }
                row.timestamp.date = .known(year: year, month: month, day: day)
            }
            kept.append(row)
        }
        rows = kept
    }

    /// Turns each row's clock reading into a UTC instant, in file order (which decides the
    /// repeated hour of a day the clocks go back).
    private static func placeOnTimeLine(_ rows: inout [IntervalHistoryColumns.Row], options: IntervalHistoryOptions,
                                        problems: inout Problems) {
        struct Taken: Hashable {
            let channel: String
            let instant: Int
        }
        var taken = Set<Taken>()
        taken.reserveCapacity(rows.count)
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
        // Kept rows are moved to the front in place, so the rows are not held twice.
        var keptCount = 0
        for index in rows.indices {
            var row = rows[index]
            guard case let .known(year, month, day) = row.timestamp.date else { continue }
            let clock = IntervalHistoryCalendar.days(year: year, month: month, day: day) * 86_400
                + row.timestamp.secondsOfDay
            switch row.timestamp.zone {
            case .offset(let seconds):
                row.instant = clock - seconds
            case .utc where !options.treatZAsLocal:
                row.instant = clock
            case .utc, .none:
                switch IntervalHistoryCalendar.resolve(local: clock, in: options.timeZone) {
                case .unique(let instant):
                    row.instant = instant
                case let .fold(earlier, later):
                    row.instant = taken.contains(Taken(channel: row.channel, instant: earlier)) ? later : earlier
                case .gap:
                    problems.add(line: row.line, channel: row.channel, problem: .nonexistentLocalTime(
                        value: row.text, timeZone: options.timeZone.identifier))
                    continue
                }
            }
            if row.instant < 0 {
                problems.add(line: row.line, channel: row.channel, problem: .beforeEpoch(value: row.text))
                continue
            }
            if let future, row.instant >= future.limit {
                problems.add(line: row.line, channel: row.channel, problem: .inTheFuture(
                    value: row.text, lastDay: future.lastDay, timeZone: options.timeZone.identifier))
                continue
            }
            taken.insert(Taken(channel: row.channel, instant: row.instant))
            rows[keptCount] = row
            keptCount += 1
        }
        rows.removeLast(rows.count - keptCount)
    }

    /// The rows of one channel, sorted by time, without repeats of an interval start (the first
    /// line wins).
    private static func removingDuplicates(_ sorted: [IntervalHistoryColumns.Row],
                                           problems: inout Problems) -> [IntervalHistoryColumns.Row] {
        var kept: [IntervalHistoryColumns.Row] = []
        kept.reserveCapacity(sorted.count)
        for row in sorted {
            if let previous = kept.last, previous.instant == row.instant {
                problems.add(line: row.line, channel: row.channel,
                             problem: .duplicate(channel: row.channel, value: row.text, otherLine: previous.line))
                continue
            }
            kept.append(row)
        }
        return kept
    }

    /// The most common gap between consecutive starts that is an allowed length; ties go to the
    /// shorter length.
    private static func detectLength(_ byChannel: [String: [IntervalHistoryColumns.Row]], source: String,
                                      problems: Problems) throws(IntervalHistoryError) -> Int {
        var counts: [Int: Int] = [:]
        var smallest: (gap: Int, line: Int, previousLine: Int)?
        for rows in byChannel.values {
            for (previous, row) in zip(rows, rows.dropFirst()) {
                let gap = row.instant - previous.instant
                if allowedIntervalSeconds.contains(gap) { counts[gap, default: 0] += 1 }
                if smallest == nil || gap < smallest!.gap { smallest = (gap, row.line, previous.line) }
            }
        }
        if let best = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) { return best.key }
        try problems.check()
        guard let smallest else { throw .intervalNotDetected(file: source) }
        throw .unsupportedGap(file: source, line: smallest.line, previousLine: smallest.previousLine,
                              seconds: smallest.gap)
    }

    /// The rows of one channel whose starts lie on the local `length` grid without overlapping.
    private static func onGrid(_ sorted: [IntervalHistoryColumns.Row], length: Int, zone: TimeZone, zoneName: String,
                               problems: inout Problems) -> [IntervalHistoryColumns.Row] {
        var kept: [IntervalHistoryColumns.Row] = []
        kept.reserveCapacity(sorted.count)
        let minutes = length / 60
        for (index, row) in sorted.enumerated() {
            let local = row.instant + IntervalHistoryCalendar.offset(of: zone, at: row.instant)
            let aligned = ((local % length) + length) % length == 0
            if let previous = kept.last, previous.instant + length > row.instant {
                problems.add(line: row.line, channel: row.channel, problem: .startsInside(
                    channel: row.channel, value: row.text, minutes: minutes, otherLine: previous.line,
                    otherValue: previous.text))
                continue
            }
            if aligned {
                kept.append(row)
                continue
            }
            if index + 1 < sorted.count, row.instant + length > sorted[index + 1].instant {
                let next = sorted[index + 1]
                problems.add(line: row.line, channel: row.channel, problem: .overlaps(
                    channel: row.channel, value: row.text, minutes: minutes, otherLine: next.line, otherValue: next.text))
            } else {
                problems.add(line: row.line, channel: row.channel, problem: .offGrid(
                    channel: row.channel, value: row.text, minutes: minutes, timeZone: zoneName))
            }
        }
        return kept
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
