import HeadsetServices
import ArgumentParser
import CivilTime
import Coaching
import Foundation

/// `headset coach followup --session ID --due DATE --by COACH`: schedules a follow-up evaluation
/// on the session's criteria (made with `headset qa evaluate`; its scores are the "after").
struct CoachFollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Schedule a follow-up evaluation on the session's criteria (its effect shows in coach show and export).")

    @Option(name: .long, help: ArgumentHelp("Session id.", valueName: "id"))
    var session: String

    @Option(name: .long, help: ArgumentHelp("Follow-up due, YYYY-MM-DD (not before the session).", valueName: "date"))
    var due: String

    @Option(name: .long, help: ArgumentHelp("Who schedules it: key or display name.", valueName: "person"))
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
        let updated = try CoachingService(centre: centre).scheduleFollowUp(of: session, due: LocalDate(due)!, by: actor)
        print("Follow-up of \(updated.id) due \(due) on \(updated.criterionIDs.isEmpty ? "the same calls" : updated.criterionIDs.joined(separator: ", "))")
    }
}
