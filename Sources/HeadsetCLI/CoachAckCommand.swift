import ArgumentParser
import Coaching
import Foundation
import HeadsetServices

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
        let centre = try database.centre(.write)
        defer { try? centre.close() }
        let organization = try centre.organization()
        let actor = try database.actor(by, field: "by", in: organization)
        try CoachingService(centre: centre).acknowledge(session, comment: comment, by: actor)
        print("Session \(session) acknowledged by \(QaStore.name(actor.person, in: organization))")
    }
}
