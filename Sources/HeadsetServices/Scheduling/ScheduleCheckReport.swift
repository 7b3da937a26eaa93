import CivilTime
public import Scheduling

/// What `headset schedule check` prints: a summary and the violations as a table, JSON or CSV.
public struct ScheduleCheckReport {
    public struct Violation: Encodable {
        public let person: String
        public let date: String
        public let endDate: String?
        public let rule: String
        public let kind: String
        public let citation: String
        public let message: String
        public let value: Double
        public let limit: Double
        public let unit: String
    }

    public struct JSON: Encodable {
        public let ruleSet: String
        public let rulesFile: String
        public let rosterFile: String
        public let timeZone: String
        public let shifts: Int
        public let people: Int
        public let violationCount: Int
        public let violations: [Violation]
    }

    public let violations: [Violation]
    public let json: JSON

    public static let csvHeader = ["person", "date", "end_date", "rule", "kind", "citation", "value", "limit", "unit", "message"]

    public init(violations found: [RuleViolation], ruleSet: WorkingTimeRules, rulesFile: String, rosterFile: String, timeZone: String,
         entries: [RosterEntry]) {
        violations = found.map {
            Violation(person: $0.person, date: $0.date.description, endDate: $0.endDate?.description, rule: $0.rule, kind: $0.kind,
                      citation: $0.citation, message: $0.message, value: ($0.value * 1e6).rounded() / 1e6, limit: $0.limit, unit: $0.unit)
        }
        json = JSON(ruleSet: ruleSet.name, rulesFile: rulesFile, rosterFile: rosterFile, timeZone: timeZone, shifts: entries.count,
                    people: Set(entries.map(\.person)).count, violationCount: violations.count, violations: violations)
    }

    public var text: String {
        let head = "Checked \(json.shifts) shift\(json.shifts == 1 ? "" : "s") of \(json.people) "
            + "\(json.people == 1 ? "person" : "people") in \(json.rosterFile) (\(json.timeZone)) against \(json.ruleSet) (\(json.rulesFile))"
        guard !violations.isEmpty else { return head + "\nNo violations." }
        let table = TextTable(headers: ["person", "day", "rule", "violation", "citation"], rows: violations.map { item in
            [item.person, item.endDate.map { "\(item.date) – \($0)" } ?? item.date, item.rule, item.message, item.citation]
        })
        return head + "\n\(violations.count) violation\(violations.count == 1 ? "" : "s"):\n\n" + table.rendered()
    }

    public var csvRows: [[String]] {
        violations.map {
            [$0.person, $0.date, $0.endDate ?? "", $0.rule, $0.kind, $0.citation, NumberText.short($0.value), NumberText.short($0.limit),
             $0.unit, $0.message]
        }
    }
}
