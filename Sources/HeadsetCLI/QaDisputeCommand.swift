import ArgumentParser
import CivilTime
import Foundation
import Interchange
import Organization
import Quality
import HeadsetServices

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
        let centre = try database.centre(.write)
        defer { try? centre.close() }
        let organization = try centre.organization()
        let actor = try database.actor(by, field: "by", in: organization)
        let items = criterion.map { item -> DisputedCriterion in
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return DisputedCriterion(parts[0], reason: parts.count > 1 ? parts[1] : "")
        }
        let (dispute, updated) = try QualityService(centre: centre).raiseDispute(on: evaluation, items: items, id: id, by: actor)
        print("Dispute \(dispute.id) raised by \(QaStore.name(actor.person, in: organization)) on \(dispute.criterionIDs.joined(separator: ", ")); "
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
        let centre = try database.centre(.write)
        defer { try? centre.close() }
        let organization = try centre.organization()
        let actor = try database.actor(reviewer, field: "reviewer", in: organization)
        let revisions = answer.map { item -> (criterion: String, value: String) in
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
        let outcome = try QualityService(centre: centre).decideDispute(dispute, verdict: DisputeVerdict(rawValue: verdict)!,
                                                                      revisions: revisions, comment: comment, by: actor)
        let before = outcome.record.scoreBefore.map { NumberText.oneDecimal($0) } ?? "—"
        let after = outcome.score.score.map { NumberText.oneDecimal($0) } ?? "—"
        switch output.format {
        case .json:
            print(JSONOutput.encode(QaEvaluationSummary(evaluation: outcome.evaluation, score: outcome.score, stored: "updated")))
        case .csv, .table:
            print("Dispute \(dispute) \(verdict) by \(QaStore.name(actor.person, in: organization)): score \(before) → \(after); "
                + "evaluation \(outcome.evaluation.id) is \(outcome.evaluation.status)")
        }
    }
}
