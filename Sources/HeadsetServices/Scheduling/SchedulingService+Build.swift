import CivilTime
import Foundation
public import Scheduling

extension SchedulingService {
    /// A built roster: the document to save and show, the assignment it came from, and how long
    /// assigning took (seconds).
    public struct BuiltRoster {
        public let document: RosterDocument
        public let assignment: RosterAssignment
        public let seconds: Double
    }

    /// Plans the shift counts for the requirements (COIN-OR CBC within the time limit), expands
    /// them over the horizon and assigns them to the staff within the working-time rules;
    /// activities are booked inside the shifts. Nothing is saved (``saveRoster(_:operatorName:beforeCommit:)``).
    public static func buildRoster(_ request: RosterRequest) throws -> BuiltRoster {
        let options = ShiftPlanOptions(maximumAgentsPerDay: nil, maximumPaidHoursPerWeek: nil,
                                       underWeight: ShiftPlanOptions.defaultUnderWeight, overWeight: ShiftPlanOptions.defaultOverWeight,
                                       solver: SolverOptions(timeLimitSeconds: request.timeLimitSeconds, relativeGap: nil))
        let planner: ShiftPlanner
        do {
            planner = try ShiftPlanner(requirements: request.requirements, templates: request.templates, options: options)
        } catch {
            throw ServiceError.invalidInput(InputProblem(
                file: nil, field: "shifts", sentence: ShiftTemplateErrorText.placed(error, shifts: request.sources["shifts"] ?? "shifts")))
        }
        let plan = try planner.plan()
        guard plan.status.hasSolution else {
            throw ServiceError.conflict("no shift plan found (the optimiser reports \(plan.status.rawValue)); allow more with --time-limit")
        }
        let first = request.firstDay
        let horizon = RosterShift.expand(plan.counts, from: first, days: request.weeks * 7)
        guard !horizon.isEmpty else {
            throw ServiceError.invalid("from", "the shift plan has no shifts from \(first) to \(first.adding(days: request.weeks * 7 - 1)) "
                + "(requirements cover \(request.requirements.firstDate) – \(request.requirements.lastDate))", value: "\(first)")
        }
        let started = Date()
        let result = RosterAssigner(shifts: horizon, staff: request.staff, rules: request.rules, from: first, weeks: request.weeks,
                                    timeZone: request.timeZone,
                                    requiredSkills: RosterAssigner.requiredSkills(of: request.templates)).assign()
        let seconds = Date().timeIntervalSince(started)
        let named = { (key: String) in request.sources[key] ?? key }
        let notes = ["Requirements: \(named("requirements")), shifts: \(named("shifts")), staff: \(named("staff")), rules: \(named("rules"))."]
        var document = RosterDocument(
            name: request.name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "Roster \(first)", assignment: result, planned: horizon,
            plan: plan, firstDay: first, weeks: request.weeks, ruleSet: request.rules.name,
            service: ServiceExpectation(seconds: request.goalSeconds, target: request.goalFraction, shrinkage: request.shrinkage),
            notes: notes)
        if let source = request.sources["activities"] {
            document.activities = request.activities
            let (inside, outside) = document.placedActivities()
            document.notes.append("Activities from \(source): \(inside.count) booked inside shifts "
                + "(\(NumberText.oneDecimal(Double(inside.reduce(0) { $0 + $1.minutes }) / 60)) h off the phones)"
                + (outside.isEmpty ? "" : "; \(outside.count) fall outside the person's shifts and change nothing") + ".")
        }
        return BuiltRoster(document: document, assignment: result, seconds: seconds)
    }
}
