import HeadsetServices
import ArgumentParser
import CivilTime
import Coaching
import Foundation
import Storage

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
        let store = try QaStore.open(database)
        defer { try? store.close() }
        let organization = try QaStore.organization(store)
        let person = try QaStore.person(by, in: organization)
        let actor = database.resolvedActor
        let updated = try store.write("scheduling the follow-up") { db -> CoachingSession in
            guard let found = try CoachingRepository.session(id: session, in: db) else { throw CommandError("no coaching session '\(session)'") }
            guard try CoachAccess.of(person, session: found, organization: organization) == .full else {
                throw CommandError("not allowed: only those above \(QaStore.name(found.agent, in: organization)) schedule follow-ups")
            }
            let updated = try found.withFollowUp(due: LocalDate(due)!)
            try CoachingRepository.saveFollowUp(updated, actor: actor, in: db)
            return updated
        }
        print("Follow-up of \(updated.id) due \(due) on \(updated.criterionIDs.isEmpty ? "the same calls" : updated.criterionIDs.joined(separator: ", "))")
    }
}
