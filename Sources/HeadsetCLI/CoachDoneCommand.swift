import ArgumentParser
import CivilTime
import Coaching
import Foundation
import Storage

/// `headset coach done --item ID --by PERSON`: closes an action item (its owner or someone above the agent).
struct CoachDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done", abstract: "Mark an action item done (or --cancel it): its owner or someone above the agent.")

    @Option(name: .long, help: ArgumentHelp("Action item id.", valueName: "id"))
    var item: String

    @Option(name: .long, help: ArgumentHelp("Who closes it: key or display name.", valueName: "person"))
    var by: String

    @Flag(name: .long, help: "Cancel instead of done.")
    var cancel = false

    @Option(name: .long, help: ArgumentHelp("Day it was done (default today).", valueName: "date"))
    var on: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if let on, LocalDate(on) == nil { throw ValidationError("--on must be YYYY-MM-DD") }
    }

    func run() throws {
        let store = try QaStore.open(database)
        defer { try? store.close() }
        let organization = try QaStore.organization(store)
        let person = try QaStore.person(by, in: organization)
        let day = on.flatMap(LocalDate.init) ?? LocalDate(Date(), in: .current)
        let actor = database.resolvedActor
        let closed = try store.write("closing the action item") { db -> ActionItem in
            guard let found = try CoachingRepository.item(id: item, in: db) else { throw CommandError("no action item '\(item)'") }
            guard let session = try CoachingRepository.session(id: found.sessionID, in: db) else {
                throw CommandError("no coaching session '\(found.sessionID)'")
            }
            let access = try CoachAccess.of(person, session: session, organization: organization)
            guard access == .full || person == found.owner else {
                throw CommandError("not allowed: only the item's owner or those above the agent close it")
            }
            let closed = try found.closed(on: day, cancelled: cancel)
            try CoachingRepository.updateItem(closed, actor: actor, in: db)
            return closed
        }
        print("Action item \(closed.id) \(closed.status.name) on \(day)")
    }
}
