import HeadsetServices
import ArgumentParser

/// `headset qa`: scorecards, scoring, agreement between evaluators.
struct QaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qa",
        abstract: "Quality assurance: scorecards, scoring, agreement between evaluators.",
        discussion: "Scorecard files, scoring rules and statistics: docs/quality.md.",
        subcommands: [QaScorecardCommand.self, QaScoreCommand.self, QaEvaluateCommand.self, QaShowCommand.self, QaAcknowledgeCommand.self,
                      QaDisputeCommand.self, QaReportCommand.self,
                       QaAgreementCommand.self, QaSampleCommand.self,
                      QaCalibrateCommand.self])
}
