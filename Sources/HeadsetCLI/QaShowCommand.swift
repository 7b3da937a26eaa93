import ArgumentParser
import Interchange
import Foundation
import Organization
import Quality
import Storage

/// `headset qa show --evaluation ID --as PERSON`: one evaluation, scored and explained, for
/// someone allowed to read it (the agent, anyone above them).
struct QaShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one stored evaluation with its score, explanation and dispute history (if --as may read it).")

    @Option(name: .long, help: ArgumentHelp("Evaluation id.", valueName: "id"))
    var evaluation: String

    @Option(name: .customLong("as"), help: ArgumentHelp("Who reads: key or display name.", valueName: "person"))
    var viewer: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let store = try QaStore.open(database)
        defer { try? store.close() }
        let organization = try QaStore.organization(store)
        let reader = try QaStore.person(viewer, in: organization)
        let (stored, card) = try store.read("reading the evaluation") { db -> (Evaluation, Scorecard) in
            guard let stored = try QualityRepository.evaluation(id: evaluation, in: db) else {
                throw QualityStoreError.unknownEvaluation(evaluation)
            }
            guard let card = try QualityRepository.scorecard(key: stored.scorecardKey, version: stored.scorecardVersion, in: db) else {
                throw QualityStoreError.unknownScorecard(stored.scorecardLabel)
            }
            return (stored, card)
        }
        try QaStore.require(reader, .view, on: stored.agentID, in: organization, date: stored.interaction.date)
        let score = try stored.score(with: card)
        switch output.format {
        case .json:
            print(JSONOutput.encode(QaEvaluationSummary(evaluation: stored, score: score, stored: "stored")))
        case .csv, .table:
            print("Evaluation \(stored.id): \(QaStore.name(stored.agentID, in: organization)) by "
                + "\(QaStore.name(stored.evaluatorID, in: organization)), \(stored.interaction.channel.rawValue) "
                + "\(stored.interaction.id) on \(stored.interaction.date), \(stored.status)")
            print(QaTableText.withoutTrailingSpaces(QaScoreExplanation(result: score, card: card, language: nil).text))
            for record in stored.disputeHistory {
                print("Dispute \(record.dispute.id) (\(record.dispute.criterionIDs.joined(separator: ", "))): "
                    + "\(record.decision.verdict) by \(QaStore.name(record.decision.reviewerID, in: organization)) — "
                    + "\(record.decision.comment); score \(record.scoreBefore.map(NumberText.oneDecimal) ?? "—") → "
                    + "\(record.scoreAfter.map(NumberText.oneDecimal) ?? "—")")
            }
        }
    }
}
