import ArgumentParser
import Foundation
import HeadsetServices
import Interchange
import Quality

/// `headset qa score --scorecard FILE --answers FILE`: scores one set of answers, no database.
struct QaScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score an answers file with a scorecard file and explain the score.",
        discussion: """
            Examples:
              headset qa score --scorecard scorecards/voice-call.yaml --answers scorecards/examples/voice-call.yaml
              headset qa score --scorecard scorecards/email.yaml --answers answers.yaml --format json

            Nothing is stored. Scores are percentages (0–100) like the card's pass_mark. JSON: \
            score, score_ignoring_criticals, passed, outcome, pass_mark, critical (per class: \
            passed, failed, not_applicable), sections, criteria, trace and more; see docs/quality.md. \
            Problems in either file are reported with file, line and column (exit 1).
            """)

    @Option(name: .long, help: ArgumentHelp("Scorecard YAML file.", valueName: "path"))
    var scorecard: String

    @Option(name: .long, help: ArgumentHelp("Answers YAML file (scorecard key, answers per criterion id).", valueName: "path"))
    var answers: String

    @Option(name: .long, help: ArgumentHelp("Section titles in this language (lt, lv, hr, nb, …) in the table.", valueName: "code"))
    var language: String?

    @OptionGroup var output: FormatOption

    func run() throws {
        let card = try QaFiles.scorecard(scorecard)
        let answerFile = try QaFiles.answers(answers)
        let result: ScoreResult
        do {
            result = try answerFile.score(with: card)
        } catch {
            throw error
        }
        let report = QaScoreReport(result: result, card: card.scorecard, answers: answerFile)
        switch output.format {
        case .json:
            print(JSONOutput.encode(report))
        case .csv:
            let rows = report.criteria.map { line in
                [line.section, line.id, line.answer ?? "", line.fraction.map(NumberText.plain) ?? "", NumberText.plain(line.weight),
                 line.bonus ? "true" : "false", NumberText.plain(line.bonusPoints), line.failedCritical ? "true" : "false"]
            }
            print(CSVWriter.encode(header: ["section", "criterion", "answer", "fraction", "weight", "bonus", "bonus_points",
                                            "failed_critical"], rows: rows), terminator: "")
        case .table:
            print(QaTableText.withoutTrailingSpaces(QaScoreExplanation(result: result, card: card.scorecard, language: language).text))
        }
    }
}
