import ArgumentParser
import CivilTime
import Coaching
import Foundation
import Interchange
import Organization
import HeadsetServices

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

    @Option(name: .customLong("acknowledge-within"), help: ArgumentHelp("Days an agent has to acknowledge.",
                                                                          valueName: "days"))
    var acknowledgeWithin = CoachingPolicy.standard.acknowledgementDays

    @Option(name: .long, help: ArgumentHelp("The day to judge deadlines on (default today).", valueName: "date"))
    var today: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if let today, LocalDate(today) == nil { throw ValidationError("--today must be YYYY-MM-DD") }
        if !(0...365).contains(acknowledgeWithin) { throw ValidationError("--acknowledge-within must be 0 to 365 days, got \(acknowledgeWithin)") }
    }

    func run() throws {
        let centre = try database.centre(.read)
        defer { try? centre.close() }
        let organization = try centre.organization()
        let reader = try database.actor(viewer, field: "reader", in: organization)
        let agentKey = try agent.map { try PersonLookup.person($0, in: organization, field: "agent").key }
        let day = today.flatMap(LocalDate.init) ?? centre.today
        let policy = CoachingPolicy(acknowledgementDays: acknowledgeWithin)
        let (visible, items) = try CoachingService(centre: centre).readable(by: reader, agent: agentKey)
        if overdueItems {
            let overdue = items.filter { $0.isOverdue(on: day) }
            let header = ["item", "session", "owner", "due", "action"]
            let rows = overdue.map { [$0.id, $0.sessionID, QaStore.name($0.owner, in: organization), $0.due.description, $0.text] }
            switch output.format {
            case .json:
                let keyed = overdue.map { [$0.id, $0.sessionID, $0.owner, $0.due.description, $0.text] }
                print(JSONOutput.encode(keyed.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }))
            case .csv: print(CSVWriter.encode(header: header, rows: rows), terminator: "")
            case .table: print(rows.isEmpty ? "No overdue action items." : TextTable(headers: header, rows: rows).rendered())
            }
            return
        }
        let lines = CoachingListLine.lines(visible, items: items, policy: policy, today: day, unacknowledgedOnly: unacknowledged)
        let header = ["session", "date", "agent", "coach", "format", "criteria", "acknowledged", "open_items", "follow_up_due"]
        let rows = lines.map {
            [$0.session, $0.date, QaStore.name($0.agent, in: organization), QaStore.name($0.coach, in: organization), $0.format,
             $0.criteria.joined(separator: ";"),
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
