import ArgumentParser
import CivilTime
import Coaching
import Foundation
import HeadsetServices
import Organization
import Quality
import Storage

/// `headset coach add`: records a coaching session with its notes, links and action items.
struct CoachAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a coaching session (the coach must be above the agent on the day).",
        discussion: """
            Example:
              headset coach add --coach egle.zemaite --agent ieva.petraityte --date 2026-11-24 --start 10:00 \\
                  --minutes 30 --format call-review --channel voice --evaluation call-88123/egle.zemaite \\
                  --criterion discovery-questions --strengths "Warm, clear greeting" \\
                  --opportunities "Find the real need before solving" --actions "Two open questions on every call" \\
                  --private "Check again after the holidays" --item "Listen to two model calls@2026-11-28" \\
                  --follow-up 2026-12-08

            --item TEXT@DUE[@OWNER] adds an action item (owner: the agent unless given); due dates \
            before the session are refused. Linked evaluations must be the agent's; criteria must \
            be on a stored scorecard. Nothing is stored when anything is wrong.
            """)

    @Option(name: .long, help: ArgumentHelp("Who coaches: key or display name.", valueName: "person"))
    var coach: String

    @Option(name: .long, help: ArgumentHelp("Who is coached: key or display name.", valueName: "person"))
    var agent: String

    @Option(name: .long, help: ArgumentHelp("Session day, YYYY-MM-DD.", valueName: "date"))
    var date: String

    @Option(name: .long, help: ArgumentHelp("Start, HH:MM (lets the roster book the time).", valueName: "time"))
    var start: String?

    @Option(name: .long, help: ArgumentHelp("Length in minutes.", valueName: "minutes"))
    var minutes: Int

    @Option(name: .long, help: ArgumentHelp("one-to-one, side-by-side or call-review.", valueName: "format"))
    var format: String

    @Option(name: .long, help: ArgumentHelp("Channel coached on (voice, email, chat, …).", valueName: "channel"))
    var channel: String?

    @Option(name: .long, help: ArgumentHelp("A linked evaluation id; repeat.", valueName: "id"))
    var evaluation: [String] = []

    @Option(name: .long, help: ArgumentHelp("A criterion id worked on; repeat.", valueName: "id"))
    var criterion: [String] = []

    @Option(name: .long, help: ArgumentHelp("What went well (shared with the agent).", valueName: "text"))
    var strengths = ""

    @Option(name: .long, help: ArgumentHelp("What to work on (shared).", valueName: "text"))
    var opportunities = ""

    @Option(name: .long, help: ArgumentHelp("What was agreed (shared).", valueName: "text"))
    var actions = ""

    @Option(name: .customLong("private"), help: ArgumentHelp("Private notes: the coach and those above only.", valueName: "text"))
    var privateNotes = ""

    @Option(name: .long, help: ArgumentHelp("TEXT@YYYY-MM-DD[@OWNER]; repeat.", valueName: "item"))
    var item: [String] = []

    @Option(name: .customLong("follow-up"), help: ArgumentHelp("Follow-up evaluation due, YYYY-MM-DD.", valueName: "date"))
    var followUp: String?

    @Option(name: .long, help: ArgumentHelp("Session id (default: AGENT/DATE/COACH).", valueName: "id"))
    var id: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if LocalDate(date) == nil { throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'") }
        if let followUp, LocalDate(followUp) == nil { throw ValidationError("--follow-up must be YYYY-MM-DD, got '\(followUp)'") }
        if let start, CoachAddCommand.minute(start) == nil { throw ValidationError("--start must be HH:MM, got '\(start)'") }
        if CoachingFormat(rawValue: format) == nil {
            throw ValidationError("--format must be \(CoachingFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    static func minute(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        return hour * 60 + minute
    }

    func run() throws {
        let day = LocalDate(date)!
        let centre = try database.centre(.write)
        defer { try? centre.close() }
        let organization = try centre.organization()
        let actor = try database.actor(coach, field: "coach", in: organization)
        let agentKey = try PersonLookup.person(agent, in: organization, field: "agent").key
        let session = try CoachingSession(
            id: id ?? "\(agentKey)/\(day)/\(actor.person)", coach: actor.person, agent: agentKey, date: day,
            startMinute: start.flatMap(Self.minute),
            minutes: minutes, format: CoachingFormat(rawValue: format)!, channel: channel, evaluationIDs: evaluation,
            criterionIDs: criterion, shared: CoachingNotes(strengths: strengths, opportunities: opportunities, agreedActions: actions),
            privateNotes: privateNotes, followUpDue: followUp.flatMap(LocalDate.init))
        let items = try item.enumerated().map { index, text in try Self.item(text, number: index + 1, session: session, in: organization) }
        try CoachingService(centre: centre).addSession(session, items: items, by: actor)
        print("Coaching session \(session.id): \(QaStore.name(agentKey, in: organization)) coached by "
            + "\(QaStore.name(actor.person, in: organization)) on \(day), \(minutes) min \(session.format.rawValue)"
            + (items.isEmpty ? "" : "; \(items.count) action item\(items.count == 1 ? "" : "s")")
            + (session.followUpDue.map { "; follow-up due \($0)" } ?? ""))
    }

    /// `TEXT@DUE[@OWNER]`.
    static func item(_ text: String, number: Int, session: CoachingSession, in organization: Organization) throws -> ActionItem {
        let parts = text.components(separatedBy: "@")
        guard parts.count == 2 || parts.count == 3, let due = LocalDate(parts[1].trimmingCharacters(in: .whitespaces)) else {
            throw CommandError("--item '\(text)': expected TEXT@YYYY-MM-DD[@OWNER]")
        }
        let owner = parts.count == 3 ? try PersonLookup.person(parts[2].trimmingCharacters(in: .whitespaces), in: organization, field: "owner").key : session.agent
        return try ActionItem(id: "\(session.id)/\(number)", sessionID: session.id, owner: owner,
                              text: parts[0].trimmingCharacters(in: .whitespaces), due: due, sessionDate: session.date)
    }
}
