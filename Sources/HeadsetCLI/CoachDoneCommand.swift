import ArgumentParser
import CivilTime
import Coaching
import Foundation
import HeadsetServices

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
        let centre = try database.centre(.write)
        defer { try? centre.close() }
        let organization = try centre.organization()
        let actor = try database.actor(by, field: "by", in: organization)
        let day = on.flatMap(LocalDate.init) ?? centre.today
        let closed = try CoachingService(centre: centre).closeItem(item, cancelled: cancel, on: day, by: actor)
        print("Action item \(closed.id) \(closed.status.name) on \(day)")
    }
}
