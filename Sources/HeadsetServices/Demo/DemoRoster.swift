public import CivilTime
import Forecasting
import Foundation
import Interchange
public import Organization
import Reports
public import Scheduling
import Staffing

/// The demo's roster: the demo organisation's agents (`schedules/demo-staff.csv`: contracts,
/// skills, days off, checked against the organisation) rostered for the two weeks from the
/// Monday after today under the EU working-time rules.
///
/// Aurora's agents answer a share of the bank's calls (the whole bank needs far more agents than
/// the demo organisation has): the forecast's calls × ``callShare``, staffed for 80 % in 20 s
/// with 30 % shrinkage as the Staffing sheets are, shifts planned from `schedules/shifts-demo.yaml`
/// by CBC, then assigned. The forecast week's demand is laid onto each roster week by weekday:
/// the bank's forecast lies in its own data's years, the organisation in ours.
public enum DemoRoster {
    public static let staffFile = "schedules/demo-staff.csv"
    /// The EU rules compiled into Headset (the same text as schedules/working-time-eu.yaml).
    public static let rulesFile = "eu"
    public static let callShare = 0.02
    public static let weeks = 2
    public static let timeLimitSeconds = 3.0
    public static let relativeGap = 0.005

    public struct Sample {
        public var document: RosterDocument
        public let description: String
    }

    public static func sample(forecast: DemoForecast.Sample, organization: Organization, today: LocalDate) throws -> Sample {
        let first = today.adding(days: 7 - (today.weekday.isoNumber - 1))
        let snapshot = OrgSnapshot(organization: organization, asOf: first)
        let listed = try StaffFile.read(try DemoDataLocator.locate(staffFile))
        var staff: [StaffMember] = [], leftOut: [String] = []
        for member in listed {
            guard organization.people.contains(where: { $0.key == member.person }) else {
                throw DemoError.invalidData("\(staffFile): person '\(member.person)' is not in the demo organisation")
            }
            guard let current = snapshot.member(member.person), current.title != nil else {
                leftOut.append(member.name)
                continue
            }
            // The organisation's name is the one that counts.
            staff.append(StaffMember(person: member.person, name: current.person.displayName,
                                     minimumWeeklyHours: member.minimumWeeklyHours, maximumWeeklyHours: member.maximumWeeklyHours,
                                     skills: member.skills, unavailableDates: member.unavailableDates,
                                     unavailableWeekdays: member.unavailableWeekdays, preferredDaysOff: member.preferredDaysOff,
                                     maximumConsecutiveDays: member.maximumConsecutiveDays))
        }

        let requirements = try demand(forecast: forecast, first: first)
        let templates = try ShiftTemplateFile.load(from: try DemoDataLocator.locate(DemoShifts.shiftsFile)).templates
        // The weeks' demand is the same: plan the first week and repeat its shifts.
        let firstWeek = requirements.filter { $0.date < first.adding(days: 7) }
        let curve = try RequirementCurve(intervalMinutes: forecast.plan.forecast.intervalSeconds / 60, intervals: firstWeek)
        let options = ShiftPlanOptions(solver: SolverOptions(timeLimitSeconds: timeLimitSeconds, relativeGap: relativeGap))
        let plan = try ShiftPlanner(requirements: curve, templates: templates, options: options).plan()
        guard plan.status.hasSolution else {
            throw DemoError.noPlan(what: "the demo roster's shift plan", status: plan.status.rawValue)
        }
        let rules = try WorkingTimeRulesFile.load(nameOrPath: rulesFile)
        let zone = TimeZone(identifier: DemoCentre.timeZone)!
        let counts = (0..<weeks).flatMap { week in
            plan.counts.map { ShiftCount(date: $0.date.adding(days: week * 7), variant: $0.variant, count: $0.count) }
        }
        let planned = RosterShift.expand(counts, from: first, days: weeks * 7)
        let assignment = RosterAssigner(shifts: planned, staff: staff, rules: rules, from: first, weeks: weeks, timeZone: zone,
                                        requiredSkills: RosterAssigner.requiredSkills(of: templates)).assign()
        var notes = [
            "Demand: \(NumberText.short(callShare * 100)) % of the bank's FORECAST calls (the Forecast sheets, "
                + "\(DemoText.span(forecast.forecastDays))) — Aurora's share — staffed for 80 % in 20 s with "
                + "\(NumberText.short(DemoStaffing.shrinkage * 100)) % shrinkage and an AHT of \(NumberText.short(DemoStaffing.handleTime)) s, "
                + "laid onto each roster week by weekday (a day the forecast has closed, such as a bank holiday, has no demand).",
            "Shifts: \(DemoShifts.shiftsFile), planned by CBC for one week (\(plan.shiftCount) shifts, \(plan.status.rawValue)) and "
                + "repeated. People: "
                + "\(staffFile) (contracts, skills, days off) for the organisation's agents on \(first); rules: the built-in EU working-time rules (headset schedule check --rules eu).",
        ]
        if !leftOut.isEmpty {
            notes.append("Not rostered (no title in the organisation on \(first)): \(leftOut.joined(separator: ", ")).")
        }
        let document = RosterDocument(
            name: "Aurora agents \(first)", assignment: assignment, planned: planned, intervals: requirements,
            intervalMinutes: curve.intervalMinutes, firstDay: first, weeks: weeks,
            ruleSet: rules.name, service: ServiceExpectation(seconds: 20, target: 0.8, shrinkage: DemoStaffing.shrinkage), notes: notes)
        let totals = document.totals().weeks
        let level = CoverageTotals.combine(totals, from: first, to: document.lastDay).serviceLevel
        var description = "\(staff.count) agents of the organisation, \(DemoText.span([first, document.lastDay])): "
            + "\(document.assignedShifts.count) shifts assigned, \(document.openShifts.count) open, "
            + "\(document.violations.count) working-time violations"
        if let level { description += ", expected service level \(NumberText.percent(level))" }
        description += " (headset schedule export)"
        return Sample(document: document, description: description)
    }

    /// Agents to schedule per interval for Aurora's share of the forecast, on each roster week's
    /// day with the forecast day's weekday.
    public static func demand(forecast: DemoForecast.Sample, first: LocalDate) throws -> [RequirementInterval] {
        let serviceLevel = try StaffingTarget.ServiceLevel(fraction: 0.8, seconds: 20)
        let settings = try StaffingSettings(
            serviceLevel: serviceLevel, maximumSpeedOfAnswer: nil, maximumAbandonment: nil, maximumOccupancy: nil,
            shrinkage: try Shrinkage(fraction: DemoStaffing.shrinkage), patience: nil, agents: nil)
        let intervalSeconds = Double(forecast.plan.forecast.intervalSeconds)
        let bankZone = forecast.plan.calendar.timeZone
        // The repeated hour of a clock change is one reading: keep its larger requirement.
        var byReading: [Int: RequirementInterval] = [:]
        for point in forecast.plan.forecast.points {
            let clock = DemoStaffing.wallClock(of: point.start, in: bankZone)
            guard let date = LocalDate(year: clock.year, month: clock.month, day: clock.day) else { continue }
            let calls = point.calls * callShare
            let handle = point.averageHandleTime ?? DemoStaffing.handleTime
            let load = IntervalLoad(line: 0, startText: "", start: clock, channel: DemoStaffing.channel, calls: calls,
                                    averageHandleTime: handle)
            let staffed = try settings.staff(load, start: Date(), intervalSeconds: intervalSeconds)
            for week in 0..<weeks {
                let day = first.adding(days: week * 7 + date.weekday.isoNumber - 1)
                let start = TimeOfDay(hour: clock.hour, minute: clock.minute)
                let interval = RequirementInterval(date: day, start: start, required: Double(staffed.scheduledAgents),
                                                   workload: IntervalWorkload(calls: calls, handleSeconds: handle))
                let key = day.dayNumber * 1440 + start.minutes
                if let earlier = byReading[key], earlier.required >= interval.required { continue }
                byReading[key] = interval
            }
        }
        return byReading.keys.sorted().map { byReading[$0]! }
    }
}
