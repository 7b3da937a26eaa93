import CivilTime
public import Scheduling

/// What `headset schedule roster` prints: a summary, hours per person, open shifts and violations;
/// and the roster itself as the CSV `headset schedule check --roster` reads.
public struct ScheduleRosterReport {
    public struct Person: Encodable {
        public let person: String
        public let name: String
        public let hours: Double
        public let minimumHours: Double
        public let maximumHours: Double
        public let shifts: Int
        public let weekendShifts: Int
    }

    public struct OpenShift: Encodable {
        public let date: String
        public let template: String
        public let start: String
        public let end: String
    }

    public struct Violation: Encodable {
        public let person: String
        public let date: String
        public let rule: String
        public let message: String
    }

    /// Coverage over one roster week.
    public struct Week: Encodable {
        public let from: String
        public let to: String
        public let requiredAgentHours: Double
        public let rosteredAgentHours: Double
        public let shortAgentHours: Double
        public let intervalsShort: Int
        public let calls: Double?
        public let serviceLevel: Double?

        public init(_ totals: CoverageTotals) {
            from = totals.firstDay.description
            to = totals.lastDay.description
            requiredAgentHours = ScheduleRosterReport.rounded(totals.requiredHours)
            rosteredAgentHours = ScheduleRosterReport.rounded(totals.scheduledHours)
            shortAgentHours = ScheduleRosterReport.rounded(totals.shortHours)
            intervalsShort = totals.intervalsShort
            calls = totals.calls.map(ScheduleRosterReport.rounded)
            serviceLevel = totals.serviceLevel.map { ($0 * 10_000).rounded() / 10_000 }
        }
    }

    public struct JSON: Encodable {
        public let rosterId: Int64?
        public let name: String
        public let from: String
        public let weeks: Int
        public let ruleSet: String
        public let timeZone: String
        public let shifts: Int
        public let assigned: Int
        public let unassigned: Int
        public let weekendSpread: Int
        public let underContract: Int
        public let violationCount: Int
        public let seconds: Double
        public let people: [Person]
        public let unassignedShifts: [OpenShift]
        public let violations: [Violation]
        public let weeksCoverage: [Week]
    }

    public static let rosterHeader = ["person", "date", "start", "end", "breaks"]

    public let result: RosterAssignment
    public let json: JSON
    /// The roster in `headset schedule check --roster` format, drawn from the document that is
    /// saved, so `--out` and `headset schedule export --out` write the same file.
    public let rosterRows: [[String]]

    public init(result: RosterAssignment, document: RosterDocument, rosterID: Int64?, ruleSet: WorkingTimeRules, seconds: Double) {
        self.result = result
        rosterRows = document.roster.entries.map(Self.csvRow)
        json = JSON(
            rosterId: rosterID, name: document.name, from: document.firstDay.description, weeks: document.weeks,
            ruleSet: ruleSet.name, timeZone: document.timeZone,
            shifts: result.roster.entries.count + result.unassigned.count, assigned: result.roster.entries.count,
            unassigned: result.unassigned.count, weekendSpread: result.weekendSpread, underContract: result.underContract.count,
            violationCount: result.violations.count, seconds: (seconds * 1000).rounded() / 1000,
            people: result.hours.map {
                Person(person: $0.person, name: $0.name, hours: ($0.hours * 100).rounded() / 100, minimumHours: $0.minimumHours,
                       maximumHours: $0.maximumHours, shifts: $0.shifts, weekendShifts: $0.weekendShifts)
            },
            unassignedShifts: result.unassigned.map {
                OpenShift(date: $0.date.description, template: $0.variant.template, start: $0.variant.start.description,
                          end: $0.variant.end.description)
            },
            violations: result.violations.map {
                Violation(person: $0.person, date: $0.date.description, rule: $0.rule, message: $0.message)
            },
            weeksCoverage: document.totals().weeks.map(Week.init))
    }

    public static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// One roster entry in `headset schedule check --roster` format.
    public static func csvRow(_ entry: RosterEntry) -> [String] {
        let breaks = entry.breaks.map { "\($0.start)+\($0.minutes)\($0.paid ? "p" : "")" }.joined(separator: ",")
        return [entry.person, entry.date.description, entry.start.description, entry.end.description, breaks]
    }

    public var text: String {
        var lines = [
            "Roster \(json.from), \(json.weeks) week\(json.weeks == 1 ? "" : "s"), rules: \(json.ruleSet), zone \(json.timeZone)",
            "Shifts: \(json.assigned) assigned, \(json.unassigned) unassigned of \(json.shifts)",
            "People: \(json.people.count), \(json.underContract) below their contract minimum; weekend shifts spread "
                + "(most − fewest): \(json.weekendSpread)",
            "Working-time violations: \(json.violationCount)",
            "Assigned in \(NumberText.short(json.seconds)) s",
        ]
        for week in json.weeksCoverage {
            var line = "Week \(week.from) – \(week.to): \(NumberText.oneDecimal(week.rosteredAgentHours)) agent-hours rostered for "
                + "\(NumberText.oneDecimal(week.requiredAgentHours)) required, \(NumberText.oneDecimal(week.shortAgentHours)) short "
                + "(\(week.intervalsShort) intervals)"
            if let level = week.serviceLevel { line += ", expected service level \(NumberText.percent(level))" }
            lines.append(line)
        }
        if let id = json.rosterId { lines.append("Saved as roster \(id) '\(json.name)'") }
        lines.append("")
        let rows = json.people.map {
            [$0.person, $0.name, NumberText.short($0.hours), "\(NumberText.short($0.minimumHours))–\(NumberText.short($0.maximumHours))",
             String($0.shifts), String($0.weekendShifts)]
        }
        lines.append(TextTable(headers: ["person", "name", "hours", "contract hours", "shifts", "weekend"], rows: rows).rendered())
        if !json.unassignedShifts.isEmpty {
            lines.append("")
            lines.append("Unassigned shifts:")
            lines += json.unassignedShifts.map { "  \($0.date) \($0.template) \($0.start)–\($0.end)" }
        }
        if !json.violations.isEmpty {
            lines.append("")
            lines.append("Violations:")
            lines += json.violations.map { "  \($0.person) \($0.date) \($0.rule): \($0.message)" }
        }
        return lines.joined(separator: "\n")
    }
}
