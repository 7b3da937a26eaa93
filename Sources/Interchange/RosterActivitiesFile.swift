import CivilTime
import Foundation
import Scheduling

/// Activities to book on a roster (coaching, training), read from CSV — the file `headset coach
/// export --activities` writes:
///
/// ```
/// person,date,start,minutes,activity
/// ieva.petraityte,2026-12-08,10:00,30,coaching
/// ```
///
/// Every error names the file, line and column; a row without a start time cannot be placed in
/// the day and is refused (the coaching export leaves such sessions out and says so).
public enum RosterActivitiesFile {
    static let personColumn = CSVColumn("person", aliases: ["agent", "employee"])
    static let dateColumn = CSVColumn("date", aliases: ["day"])
    static let startColumn = CSVColumn("start", aliases: ["start_time"])
    static let minutesColumn = CSVColumn("minutes", aliases: ["duration_minutes", "length"])
    static let activityColumn = CSVColumn("activity", aliases: ["name", "kind"], required: false)

    public static func read(_ url: URL) throws -> [RosterActivity] {
        try parse(try CSVReader.read(contentsOf: url))
    }

    public static func parse(_ document: CSVDocument) throws -> [RosterActivity] {
        let source = document.source
        let map = try CSVHeaderMap(document, columns: [personColumn, dateColumn, startColumn, minutesColumn, activityColumn])
        return try document.rows.map { row in
            let person = try map.requiredString(row, "person").trimmingWhitespace()
            guard !person.isEmpty else {
                throw InterchangeError.csvInvalidValue(file: source, line: row.line, column: "person", value: "", expected: "a person key")
            }
            let dateText = try map.requiredString(row, "date").trimmingWhitespace()
            guard let date = LocalDate(dateText) else {
                throw InterchangeError.csvInvalidValue(file: source, line: row.line, column: "date", value: dateText,
                                                       expected: "a date such as 2026-12-08")
            }
            let startText = try map.requiredString(row, "start").trimmingWhitespace()
            guard let start = TimeOfDay(startText) else {
                throw InterchangeError.csvInvalidValue(file: source, line: row.line, column: "start", value: startText,
                                                       expected: "a clock time such as 10:00")
            }
            guard let minutes = try map.double(row, "minutes"), minutes >= 1, minutes <= 1440, minutes == minutes.rounded() else {
                throw InterchangeError.csvInvalidValue(file: source, line: row.line, column: "minutes",
                                                       value: map.string(row, "minutes") ?? "", expected: "whole minutes, 1 to 1440")
            }
            let name = map.string(row, "activity")?.trimmingWhitespace() ?? ""
            return RosterActivity(person: person, date: date, start: start, minutes: Int(minutes), name: name.isEmpty ? "activity" : name)
        }
    }
}
