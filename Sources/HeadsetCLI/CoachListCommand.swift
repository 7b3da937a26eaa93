import ArgumentParser
import CivilTime
import Coaching
import Foundation
import Interchange
import Organization
import Storage

/// `headset coach list --as PERSON`: the sessions PERSON may read, with acknowledgement and
/// open items; `--unacknowledged` surfaces sessions past their acknowledgement deadline (for
/// the coach's manager), `--overdue-items` open items past due.
struct CoachListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List coaching sessions PERSON may read; surface unacknowledged sessions and overdue action items.",
        discussion: """
            Examples:
              headset coach list --as egle.zemaite
              headset coach list --as jonas.simkus --unacknowledged     # sessions his supervisors' agents have not acknowledged
              headset coach list --as ieva.petraityte --overdue-items
            """)

    @Option(name: .customLong("as"), help: ArgumentHelp("Whose view: key or display name.", valueName: "person"))
    var viewer: String

    @Option(name: .long, help: ArgumentHelp("Only this agent's sessions.", valueName: "person"))
    var agent: String?

    @Flag(name: .long, help: "Only sessions past their acknowledgement deadline.")
    var unacknowledged = false

    @Flag(name: .customLong("overdue-items"), help: "List open action items past due instead of sessions.")
    var overdueItems = false

    @Option(name: .customLong("acknowledge-within"), help: ArgumentHelp("Days an agent has to acknowledge (default 5).",
                                                                          valueName: "days"))
    var acknowledgeWithin = CoachingPolicy.standard.acknowledgementDays

    @Option(name: .long, help: ArgumentHelp("The day to judge deadlines on (default today).", valueName: "date"))
    var today: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    struct Line: Encodable {
        let session: String
        let date: String
        let agent: String
        let coach: String
        let format: String
        let criteria: [String]
        let acknowledged: Bool
        let acknowledgementDue: String
        let acknowledgementOverdue: Bool
        let openItems: Int
        let followUpDue: String?
    }

    func validate() throws {
        if let today, LocalDate(today) == nil { throw ValidationError("--today must be YYYY-MM-DD") }
        if acknowledgeWithin < 0 { throw ValidationError("--acknowledge-within must be 0 or more days") }
    }

    func run() throws {
        let store = try QaStore.open(database)
        defer { try? store.close() }
        let organization = try QaStore.organization(store)
        let reader = try QaStore.person(viewer, in: organization)
        let agentKey = try agent.map { try QaStore.person($0, in: organization) }
        let day = today.flatMap(LocalDate.init) ?? LocalDate(Date(), in: .current)
        let policy = CoachingPolicy(acknowledgementDays: acknowledgeWithin)
        let (sessions, items) = try store.read("reading coaching sessions") { db in
            (try CoachingRepository.sessions(agent: agentKey, in: db), try CoachingRepository.items(in: db))
        }
        let visible = CoachAccess.readable(by: reader, sessions, organization: organization)
        if overdueItems {
            let ids = Set(visible.map(\.id))
            let overdue = items.filter { ids.contains($0.sessionID) && $0.isOverdue(on: day) }
            let header = ["item", "session", "owner", "due", "action"]
            let rows = overdue.map { [$0.id, $0.sessionID, QaStore.name($0.owner, in: organization), $0.due.description, $0.text] }
            switch output.format {
            case .json: print(JSONOutput.encode(rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }))
            case .csv: print(CSVWriter.encode(header: header, rows: rows), terminator: "")
            case .table: print(rows.isEmpty ? "No overdue action items." : TextTable(headers: header, rows: rows).rendered())
            }
            return
        }
        let openByItem = Dictionary(grouping: items.filter { $0.status == .open }, by: \.sessionID)
        let lines = visible.filter { !unacknowledged || $0.isAcknowledgementOverdue(on: day, policy: policy) }.map { session in
            Line(session: session.id, date: session.date.description, agent: QaStore.name(session.agent, in: organization),
                 coach: QaStore.name(session.coach, in: organization), format: session.format.rawValue, criteria: session.criterionIDs,
                 acknowledged: session.acknowledgement != nil, acknowledgementDue: session.acknowledgementDue(policy).description,
                 acknowledgementOverdue: session.isAcknowledgementOverdue(on: day, policy: policy),
                 openItems: openByItem[session.id]?.count ?? 0, followUpDue: session.followUpDue?.description)
        }
        let header = ["session", "date", "agent", "coach", "format", "criteria", "acknowledged", "open_items", "follow_up_due"]
        let rows = lines.map {
            [$0.session, $0.date, $0.agent, $0.coach, $0.format, $0.criteria.joined(separator: ";"),
             $0.acknowledged ? "yes" : ($0.acknowledgementOverdue ? "OVERDUE (due \($0.acknowledgementDue))" : "due \($0.acknowledgementDue)"),
             String($0.openItems), $0.followUpDue ?? ""]
        }
        switch output.format {
        case .json: print(JSONOutput.encode(lines))
        case .csv: print(CSVWriter.encode(header: header, rows: rows), terminator: "")
        case .table: print(rows.isEmpty ? "No coaching sessions to show." : TextTable(headers: header, rows: rows).rendered())
        }
    }
}
