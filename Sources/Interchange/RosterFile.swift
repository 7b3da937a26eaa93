import CivilTime
import Foundation
import Scheduling

/// A roster of named people's shifts, read from CSV for `headset schedule check`.
///
/// ```
/// person,date,start,end,breaks
/// ona,2026-12-01,14:00,22:00,18:00+30
/// ona,2026-12-02,07:30,16:00,"10:00+15p,12:00+30"
/// ```
///
/// - `person` (also `agent`, `employee`, `name`): who works the shift.
/// - `date` (also `day`): the day the shift starts, `YYYY-MM-DD`.
/// - `start`, `end`: wall-clock `HH:MM` in the roster's zone; an end not after the start is on
///   the next day (a night shift). A shift is shorter than 24 hours.
/// - `breaks`, optional: breaks separated by commas, semicolons or spaces, each `HH:MM+MINUTES`,
///   with a trailing `p` when the break is paid (`10:00+15p`); unpaid otherwise. A break starts
///   the first time the clock shows its time at or after the shift's start and must end by the
///   shift's end.
///
/// A person's shifts must not overlap (on the wall clock of their dates).
public enum RosterFile {
    static let personColumn = CSVColumn("person", aliases: ["agent", "employee", "name"])
    static let dateColumn = CSVColumn("date", aliases: ["day"])
    static let startColumn = CSVColumn("start", aliases: ["shift_start"])
    static let endColumn = CSVColumn("end", aliases: ["shift_end"])
    static let breaksColumn = CSVColumn("breaks", required: false)

    /// Reads `url`'s shifts (the zone is the caller's: rosters are wall-clock files).
    public static func read(_ url: URL) throws -> [RosterEntry] {
        try parse(try CSVReader.read(contentsOf: url))
    }

    /// As ``read(_:)``, for a document already parsed.
    public static func parse(_ document: CSVDocument) throws -> [RosterEntry] {
        let source = document.source
        let map = try CSVHeaderMap(document, columns: [personColumn, dateColumn, startColumn, endColumn, breaksColumn])
        guard !document.rows.isEmpty else {
            throw ShiftFileError(file: source, message: "no shifts: the file has a header line but no rows")
        }
        var entries: [RosterEntry] = []
        for row in document.rows {
            func invalid(_ column: String, _ expected: String) -> InterchangeError {
                .csvInvalidValue(file: source, line: row.line, column: column, value: map.string(row, column) ?? "", expected: expected)
            }
            let person = try map.requiredString(row, "person").trimmingWhitespace()
            guard !person.isEmpty else { throw invalid("person", "a person's name or id") }
            guard let date = LocalDate(try map.requiredString(row, "date").trimmingWhitespace()) else {
                throw invalid("date", "a date such as 2026-12-01")
            }
            guard let start = TimeOfDay(try map.requiredString(row, "start").trimmingWhitespace()) else {
                throw invalid("start", "a clock time such as 07:30")
            }
            guard let end = TimeOfDay(try map.requiredString(row, "end").trimmingWhitespace()) else {
                throw invalid("end", "a clock time such as 16:00")
            }
            let length = end > start ? end.minutes - start.minutes : end.minutes + 1440 - start.minutes
            var breaks: [RosterBreak] = []
            let text = map.string(row, "breaks") ?? ""
            for part in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }) {
                guard let item = parseBreak(String(part)) else {
                    throw invalid("breaks", "breaks such as 12:00+30 (unpaid) or 10:00+15p (paid), separated by commas")
                }
                let offset = (item.start.minutes - start.minutes + 1440) % 1440
                guard offset + item.minutes <= length else {
                    throw ShiftFileError(file: source, line: row.line, message: "column 'breaks': break '\(part)' ends after the shift "
                        + "\(start)–\(end)")
                }
                breaks.append(item)
            }
            entries.append(RosterEntry(person: person, date: date, start: start, end: end, breaks: breaks,
                                       location: "\(source):\(row.line)"))
        }
        try checkOverlaps(entries, source: source)
        return entries
    }

    /// `12:00+30` or `10:00+15p`.
    static func parseBreak(_ text: String) -> RosterBreak? {
        var body = Substring(text)
        let paid = body.hasSuffix("p") || body.hasSuffix("P")
        if paid { body = body.dropLast() }
        let parts = body.split(separator: "+", omittingEmptySubsequences: false)
        guard parts.count == 2, let time = TimeOfDay(String(parts[0])), parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
              let minutes = Int(parts[1]), minutes > 0, minutes < 1440 else { return nil }
        return RosterBreak(start: time, minutes: minutes, paid: paid)
    }

    /// Two shifts of one person that overlap on the wall clock are an error at the later line.
    static func checkOverlaps(_ entries: [RosterEntry], source: String) throws {
        func minutes(_ date: LocalDate, _ time: TimeOfDay) -> Int { date.dayNumber * 1440 + time.minutes }
        for (_, shifts) in Dictionary(grouping: entries, by: \.person) {
            let sorted = shifts.sorted { minutes($0.date, $0.start) < minutes($1.date, $1.start) }
            for (previous, next) in zip(sorted, sorted.dropFirst())
            where minutes(next.date, next.start) < minutes(previous.endDate, previous.end) {
                func line(_ entry: RosterEntry) -> Int { entry.location.flatMap { $0.split(separator: ":").last }.flatMap { Int($0) } ?? 0 }
                let (first, second) = line(previous) < line(next) ? (previous, next) : (next, previous)
                throw ShiftFileError(file: source, line: line(second), message: "\(next.person)'s shift \(second.date) "
                    + "\(second.start)–\(second.end) overlaps the one on line \(line(first)) "
                    + "(\(first.date) \(first.start)–\(first.end))")
            }
        }
    }
}
