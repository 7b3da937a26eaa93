import HeadsetServices
import ArgumentParser
import CivilTime
import Coaching
import Foundation
import Storage

/// `headset coach item --session ID --text … --due …`: adds an action item to a session.
struct CoachItemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "item", abstract: "Add an action item to a session (by someone above the agent).")

    @Option(name: .long, help: ArgumentHelp("Session id.", valueName: "id"))
    var session: String

    @Option(name: .long, help: ArgumentHelp("The action.", valueName: "text"))
    var text: String

    @Option(name: .long, help: ArgumentHelp("Due day, YYYY-MM-DD (not before the session).", valueName: "date"))
    var due: String

    @Option(name: .long, help: ArgumentHelp("Owner (default: the agent).", valueName: "person"))
    var owner: String?

    @Option(name: .long, help: ArgumentHelp("Who adds it: key or display name.", valueName: "person"))
    var by: String

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if LocalDate(due) == nil { throw ValidationError("--due must be YYYY-MM-DD, got '\(due)'") }
    }

    func run() throws {
        let store = try QaStore.open(database)
        defer { try? store.close() }
        let organization = try QaStore.organization(store)
        let person = try QaStore.person(by, in: organization)
        let ownerKey = try owner.map { try QaStore.person($0, in: organization) }
        let actor = database.resolvedActor
        let item = try store.write("adding the action item") { db -> ActionItem in
            guard let found = try CoachingRepository.session(id: session, in: db) else { throw CommandError("no coaching session '\(session)'") }
            guard try CoachAccess.of(person, session: found, organization: organization) == .full else {
                throw CommandError("not allowed: only those above \(QaStore.name(found.agent, in: organization)) add action items")
            }
            let number = try CoachingRepository.items(sessionID: found.id, in: db).count + 1
            let item = try ActionItem(id: "\(found.id)/\(number)", sessionID: found.id, owner: ownerKey ?? found.agent, text: text,
                                      due: LocalDate(due)!, sessionDate: found.date)
            try CoachingRepository.addItem(item, actor: actor, in: db)
            return item
        }
        print("Action item \(item.id) for \(QaStore.name(item.owner, in: organization)), due \(item.due)")
    }
}
