import HeadsetServices
import ArgumentParser

/// `headset qa scorecard`: check and read scorecard files.
struct QaScorecardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorecard",
        abstract: "Check and show scorecard files (scorecards/*.yaml).",
        discussion: "The file format: scorecards/README.md and docs/quality.md.",
        subcommands: [QaScorecardValidateCommand.self, QaScorecardShowCommand.self, QaScorecardImportCommand.self,
                      QaScorecardListCommand.self])
}
