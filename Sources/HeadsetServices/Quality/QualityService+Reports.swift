public import CivilTime
import Organization
import Quality
public import Storage

extension QualityService {
    /// The agent's figures for `month`, for a reader who may view the agent on some day of that
    /// month (up to today): the supervisor of that month still reads it after a reorganisation.
    public func agentMonth(_ agent: String, month: CalendarMonth, readBy reader: Actor) throws -> AgentMonthReport {
        try translatingErrors {
            var access = try authorization()
            let agentKey = try personKey(agent, field: "agent", in: access.organization)
            let first = LocalDate(year: month.year, month: month.month, day: 1)!
            let last = min(first.adding(days: LocalDate.daysIn(month: month.month, year: month.year) - 1), centre.today)
            guard first <= last else {
                throw ServiceError.invalid("month", "has not begun yet (today is \(centre.today))", value: month.description)
            }
            // The month's last day first: the usual case needs one permission snapshot.
            var allowed = access.allows(reader.person, .view, on: agentKey, date: last)
            var day = first
            while day < last, !allowed {
                allowed = access.allows(reader.person, .view, on: agentKey, date: day)
                day = day.adding(days: 1)
            }
            if !allowed { try access.require(reader, .view, on: agentKey, date: last) }
            return try centre.database.read("reading the agent's month") { db in
                try QualityRepository.agentMonthSummary(agent: agentKey, month: month, in: db)
            }
        }
    }
}
