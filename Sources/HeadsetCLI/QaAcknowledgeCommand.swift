import ArgumentParser
import Foundation
import Organization
import Quality
import HeadsetServices

/// `headset qa acknowledge`: the evaluated agent confirms having seen their evaluation.
struct QaAcknowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acknowledge",
        abstract: "The evaluated agent acknowledges a submitted evaluation (only their own).",
        discussion: """
            Example:
              headset qa acknowledge --evaluation call-88123/egle.zemaite --by ieva.petraityte

            An acknowledged evaluation can still be disputed; a self-evaluation is never acknowledged.
            """)

    @Option(name: .long, help: ArgumentHelp("Evaluation id.", valueName: "id"))
    var evaluation: String

    @Option(name: .long, help: ArgumentHelp("Who acknowledges (the evaluated agent): key or display name.", valueName: "person"))
    var by: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let centre = try database.centre(.write)
        defer { try? centre.close() }
        let organization = try centre.organization()
        let actor = try database.actor(by, field: "by", in: organization)
        let updated = try QualityService(centre: centre).acknowledge(evaluation, by: actor)
        print("Evaluation \(updated.id) acknowledged by \(QaStore.name(actor.person, in: organization))")
    }
}
