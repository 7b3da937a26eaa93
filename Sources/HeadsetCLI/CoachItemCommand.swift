import HeadsetServices
import ArgumentParser
import CivilTime
import Coaching
import Foundation
import Organization

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
        let centre = try database.centre(.write)
        defer { try? centre.close() }
        let organization = try centre.organization()
        let actor = try database.actor(by, field: "by", in: organization)
        let ownerKey = try owner.map { try PersonLookup.person($0, in: organization, field: "owner").key }
        let item = try CoachingService(centre: centre).addItem(to: session, text: text, due: LocalDate(due)!, owner: ownerKey, by: actor)
        print("Action item \(item.id) for \(QaStore.name(item.owner, in: organization)), due \(item.due)")
    }
}
