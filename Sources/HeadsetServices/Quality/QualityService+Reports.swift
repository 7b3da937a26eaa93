public import CivilTime
import Organization
import Quality
public import Storage

extension QualityService {
    /// The agent's figures for `month` over the days of it (up to today) on which `reader` may
    /// view the agent, as `qa show` decides for each evaluation: the supervisor of part of the
    /// month sees that part, also after a reorganisation; someone who could view the agent on no
    /// day of it is refused.
    public func agentMonth(_ agent: String, month: CalendarMonth, readBy reader: Actor) throws -> AgentMonthReport {
        try translatingErrors {
            var access = try authorization()
            let agentKey = try personKey(agent, field: "agent", in: access.organization)
            let first = month.firstDay
            let last = min(month.next.firstDay.adding(days: -1), centre.today)
            guard first <= last else {
                throw ServiceError.invalid("month", "has not begun yet (today is \(centre.today))", value: month.description)
            }
            var allowed: [LocalDate] = []
            var day = first
            while day <= last {
                if access.allows(reader.person, .view, on: agentKey, date: day) { allowed.append(day) }
                day = day.adding(days: 1)
            }
            if allowed.isEmpty { try access.require(reader, .view, on: agentKey, date: last) }
            let whole = allowed.count == month.next.firstDay.dayNumber - first.dayNumber
            return try centre.database.read("reading the agent's month") { db in
                try QualityRepository.agentMonthSummary(agent: agentKey, month: month, days: whole ? nil : allowed, in: db)
            }
        }
    }
}
