import ArgumentParser
import CivilTime
import Foundation
import Interchange
import Organization
import Quality
import Storage

/// `headset qa dispute raise|decide`: an agent disputes criteria of their evaluation; a reviewer
/// other than the evaluator decides; the score is recomputed and the history kept.
struct QaDisputeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispute",
        abstract: "Dispute criteria of an evaluation (the agent) and decide disputes (a reviewer).",
        subcommands: [QaDisputeRaiseCommand.self, QaDisputeDecideCommand.self])
}

struct QaDisputeRaiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raise",
        abstract: "The evaluated agent disputes criteria, each with a reason.",
        discussion: """
            Example:
              headset qa dispute raise --evaluation call-1041/egle.zemaite --by ieva.petraityte \\
                  --criterion "empathy=The customer thanked me for my patience at 03:10"

            Only the evaluated agent may dispute, a submitted or acknowledged evaluation, once.
            """)

    @Option(name: .long, help: ArgumentHelp("Evaluation id.", valueName: "id"))
    var evaluation: String

    @Option(name: .long, help: ArgumentHelp("Who disputes (the evaluated agent): key or display name.", valueName: "person"))
    var by: String

    @Option(name: .long, help: ArgumentHelp("CRITERION=REASON; repeat for each criterion.", valueName: "criterion=reason"))
    var criterion: [String]

    @Option(name: .long, help: ArgumentHelp("Dispute id (default: EVALUATION/dispute).", valueName: "id"))
    var id: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if criterion.isEmpty { throw ValidationError("name at least one --criterion CRITERION=REASON") }
        for item in criterion where !item.contains("=") {
            throw ValidationError("--criterion '\(item)': expected CRITERION=REASON")
        }
    }

    func run() throws {
        let store = try QaStore.open(database)
        defer { try? store.close() }
        let organization = try QaStore.organization(store)
        let raiser = try QaStore.person(by, in: organization)
        let items = criterion.map { item -> DisputedCriterion in
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return DisputedCriterion(parts[0], reason: parts.count > 1 ? parts[1] : "")
        }
        let dispute = Dispute(id: id ?? "\(evaluation)/dispute", evaluationID: evaluation, raisedBy: raiser, items: items,
                              raisedAt: Date())
        let actor = database.resolvedActor
        let updated = try store.write("raising the dispute") { db in try QualityRepository.raiseDispute(dispute, actor: actor, in: db) }
        print("Dispute \(dispute.id) raised by \(QaStore.name(raiser, in: organization)) on \(dispute.criterionIDs.joined(separator: ", ")); "
            + "evaluation \(updated.id) is \(updated.status)")
    }
}

struct QaDisputeDecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "A reviewer other than the evaluator accepts, partly accepts or rejects a dispute.",
        discussion: """
            Example:
              headset qa dispute decide --dispute call-1041/egle.zemaite/dispute --reviewer jonas.simkus \\
                  --verdict accepted --answer empathy=yes --comment "Patience is audible at 03:10"

            --answer CRITERION=VALUE revises a disputed criterion (yes, no, n/a, a scale value or a \
            choice id): accepted revises every disputed criterion, partly-accepted at least one, \
            rejected none. The reviewer must be above the agent in the hierarchy. The evaluation \
            is rescored and becomes final; the original answers stay in its history.
            """)

    @Option(name: .long, help: ArgumentHelp("Dispute id.", valueName: "id"))
    var dispute: String

    @Option(name: .long, help: ArgumentHelp("Reviewer: key or display name.", valueName: "person"))
    var reviewer: String

    @Option(name: .long, help: ArgumentHelp("accepted, partly-accepted or rejected.", valueName: "verdict"))
    var verdict: String

    @Option(name: .long, help: ArgumentHelp("CRITERION=VALUE; repeat for each revised criterion.", valueName: "criterion=value"))
    var answer: [String] = []

    @Option(name: .long, help: ArgumentHelp("Why, for the agent and the record.", valueName: "text"))
    var comment: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if DisputeVerdict(rawValue: verdict) == nil {
            throw ValidationError("--verdict must be \(DisputeVerdict.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for item in answer where !item.contains("=") { throw ValidationError("--answer '\(item)': expected CRITERION=VALUE") }
    }

    func run() throws {
        let store = try QaStore.open(database)
        defer { try? store.close() }
        let organization = try QaStore.organization(store)
        let reviewerKey = try QaStore.person(reviewer, in: organization)
        let (evaluation, card) = try store.read("reading the dispute") { db -> (Evaluation, Scorecard) in
            guard let found = try QualityRepository.dispute(id: dispute, in: db) else { throw QualityStoreError.unknownDispute(dispute) }
            guard let evaluation = try QualityRepository.evaluation(id: found.dispute.evaluationID, in: db) else {
                throw QualityStoreError.unknownEvaluation(found.dispute.evaluationID)
            }
            guard let card = try QualityRepository.scorecard(key: evaluation.scorecardKey, version: evaluation.scorecardVersion, in: db)
            else { throw QualityStoreError.unknownScorecard(evaluation.scorecardLabel) }
            return (evaluation, card)
        }
        try QaStore.require(reviewerKey, .evaluate, on: evaluation.agentID, in: organization, date: evaluation.interaction.date)
        let revised = answer.map { item -> Answer in
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return Answer(parts[0], AnswersValueText.value(parts.count > 1 ? parts[1] : "", for: card.criterion(id: parts[0])))
        }
        let decision = DisputeDecision(reviewerID: reviewerKey, verdict: DisputeVerdict(rawValue: verdict)!, revisedAnswers: revised,
                                       comment: comment, decidedAt: Date())
        let actor = database.resolvedActor
        let outcome = try store.write("deciding the dispute") { db in
            try QualityRepository.decideDispute(decision, disputeID: dispute, actor: actor, in: db)
        }
        let before = outcome.record.scoreBefore.map { NumberText.oneDecimal($0) } ?? "—"
        let after = outcome.score.score.map { NumberText.oneDecimal($0) } ?? "—"
        switch output.format {
        case .json:
            print(JSONOutput.encode(QaEvaluationSummary(evaluation: outcome.evaluation, score: outcome.score, stored: "updated")))
        case .csv, .table:
            print("Dispute \(dispute) \(verdict) by \(QaStore.name(reviewerKey, in: organization)): score \(before) → \(after); "
                + "evaluation \(outcome.evaluation.id) is \(outcome.evaluation.status)")
        }
    }
}
