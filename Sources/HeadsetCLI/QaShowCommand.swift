import ArgumentParser
import Interchange
import Foundation
import Organization
import Quality
import HeadsetServices

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
        let centre = try database.centre(.read)
        defer { try? centre.close() }
        let organization = try centre.organization()
        let reader = try database.actor(viewer, field: "reader", in: organization)
        let result = try QualityService(centre: centre).evaluation(evaluation, readBy: reader)
        let stored = result.evaluation, score = result.score
        switch output.format {
        case .json:
            print(JSONOutput.encode(QaEvaluationDetail(result)))
        case .csv:
            print(CSVWriter.encode(header: QaEvaluationDetail.csvHeader, rows: QaEvaluationDetail(result).csvRows), terminator: "")
        case .table:
            print("Evaluation \(stored.id): \(QaStore.name(stored.agentID, in: organization)) by "
                + "\(QaStore.name(stored.evaluatorID, in: organization)), \(stored.interaction.channel.rawValue) "
                + "\(stored.interaction.id) on \(stored.interaction.date), \(stored.status)")
            print(QaTableText.withoutTrailingSpaces(QaScoreExplanation(result: score, card: result.scorecard, language: nil).text))
            print(QaEvaluationAnswersText(result).text, terminator: "")
            for record in stored.disputeHistory {
                print("Dispute \(record.dispute.id) (\(record.dispute.criterionIDs.joined(separator: ", "))): "
                    + "\(record.decision.verdict) by \(QaStore.name(record.decision.reviewerID, in: organization)) — "
                    + "\(record.decision.comment); score \(record.scoreBefore.map(NumberText.oneDecimal) ?? "—") → "
                    + "\(record.scoreAfter.map(NumberText.oneDecimal) ?? "—")")
                for item in record.dispute.items { print("  \(item.criterionID): \(item.reason)") }
            }
            for dispute in result.openDisputes {
                print("Dispute \(dispute.id) (\(dispute.criterionIDs.joined(separator: ", "))): open, raised by "
                    + "\(QaStore.name(dispute.raisedBy, in: organization))")
                for item in dispute.items { print("  \(item.criterionID): \(item.reason)") }
            }
        }
    }
}
