import ArgumentParser
import Foundation
import Organization
import Quality
import Storage

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
        let store = try QaStore.open(database)
        defer { try? store.close() }
        let organization = try QaStore.organization(store)
        let person = try QaStore.person(by, in: organization)
        guard let stored = try store.read("reading the evaluation", { db in try QualityRepository.evaluation(id: evaluation, in: db) })
        else { throw QualityStoreError.unknownEvaluation(evaluation) }
        try QaStore.require(person, .acknowledge, on: stored.agentID, in: organization, date: stored.interaction.date)
        let actor = database.resolvedActor
        let updated = try store.write("acknowledging the evaluation") { db in
            try QualityRepository.transitionEvaluation(id: evaluation, to: .acknowledged, at: Date(), actor: actor, in: db)
        }
        print("Evaluation \(updated.id) acknowledged by \(QaStore.name(person, in: organization))")
    }
}
