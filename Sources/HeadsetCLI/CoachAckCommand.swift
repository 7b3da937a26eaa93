import ArgumentParser
import Coaching
import Foundation
import Storage

/// `headset coach ack --session ID --by AGENT --comment TEXT`: the agent acknowledges their session.
struct CoachAckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack", abstract: "The coached agent acknowledges their session, with a comment (only their own, once).")

    @Option(name: .long, help: ArgumentHelp("Session id.", valueName: "id"))
    var session: String

    @Option(name: .long, help: ArgumentHelp("Who acknowledges: key or display name.", valueName: "person"))
    var by: String

    @Option(name: .long, help: ArgumentHelp("The agent's comment.", valueName: "text"))
    var comment: String = ""

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try QaStore.open(database)
        defer { try? store.close() }
        let organization = try QaStore.organization(store)
        let person = try QaStore.person(by, in: organization)
        let actor = database.resolvedActor
        try store.write("acknowledging the session") { db in
            guard let found = try CoachingRepository.session(id: session, in: db) else { throw CommandError("no coaching session '\(session)'") }
            let acknowledged = try found.acknowledged(by: person, at: Date(), comment: comment)
            try CoachingRepository.saveAcknowledgement(acknowledged, actor: actor, in: db)
        }
        print("Session \(session) acknowledged by \(QaStore.name(person, in: organization))")
    }
}
