import ArgumentParser
import CivilTime
import Foundation
import Interchange
import Organization
import Quality
import HeadsetServices
import Storage

/// `headset qa evaluate`: scores an interaction on a stored scorecard and stores the evaluation,
/// if the evaluator may evaluate the agent (above them in the hierarchy, or the agent themself).
struct QaEvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score an interaction on a stored scorecard and store the evaluation.",
        discussion: """
            Examples:
              headset qa evaluate --scorecard voice-call --agent ieva.petraityte --evaluator egle.zemaite \\
                  --answers scorecards/examples/voice-call.yaml
              headset qa evaluate --scorecard email --agent "Ana Horvat" --evaluator luka.duric --interactive \\
                  --interaction mail-204 --channel email --date 2026-11-20

            The evaluator must be above the agent in the reporting hierarchy on the interaction's \
            date (or hold evaluate-all); an agent scoring themself makes a self-evaluation. The \
            interaction comes from the answers file or --interaction/--channel/--date. Without \
            --answers in a terminal (or with --interactive) each criterion is asked in turn. The \
            evaluation is submitted unless --draft; nothing is stored when anything is wrong.
            """)

    @Option(name: .long, help: ArgumentHelp("Scorecard key (the latest published version unless --version).", valueName: "key"))
    var scorecard: String

    @Option(name: .long, help: ArgumentHelp("Scorecard version.", valueName: "n"))
    var version: Int?

    @Option(name: .long, help: ArgumentHelp("The agent evaluated: key or display name.", valueName: "person"))
    var agent: String

    @Option(name: .long, help: ArgumentHelp("Who evaluates: key or display name.", valueName: "person"))
    var evaluator: String

    @Option(name: .long, help: ArgumentHelp("Answers YAML (scorecard, interaction, answers).", valueName: "path"))
    var answers: String?

    @Flag(name: .long, help: "Ask each criterion in turn on the terminal.")
    var interactive = false

    @Option(name: .long, help: ArgumentHelp("Interaction id (when the answers file has none).", valueName: "id"))
    var interaction: String?

    @Option(name: .long, help: ArgumentHelp("voice, email, chat, letter, fax or in-person.", valueName: "channel"))
    var channel: String?

    @Option(name: .long, help: ArgumentHelp("Interaction date, YYYY-MM-DD.", valueName: "date"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Evaluation id (default: INTERACTION/EVALUATOR).", valueName: "id"))
    var id: String?

    @Flag(name: .long, help: "Store as a draft (not submitted).")
    var draft = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if answers == nil && !interactive && isatty(STDIN_FILENO) == 0 {
            throw ValidationError("give --answers FILE.yaml, or --interactive to answer on the terminal")
        }
        if answers != nil && interactive { throw ValidationError("--answers and --interactive exclude each other") }
        if let date, LocalDate(date) == nil { throw ValidationError("--date must be a date such as 2026-11-20, got '\(date)'") }
        if let channel, InteractionChannel(rawValue: channel) == nil {
            throw ValidationError("--channel must be one of \(InteractionChannel.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let file = try answers.map(QaFiles.answers)
        if let file, file.scorecardKey != scorecard {
            throw CommandError("\(file.source): the answers are for scorecard '\(file.scorecardKey)', not '\(scorecard)'")
        }
        let centre = try database.centre(.write)
        defer { try? centre.close() }
        let organization = try centre.organization()
        let actor = try database.actor(evaluator, field: "evaluator", in: organization)
        let card = try QualityService(centre: centre).scorecard(scorecard, version: version ?? file?.scorecardVersion)
        let reference = try interactionReference(file: file, card: card)
        let given: [Answer]
        if let file {
            do throws(QualityFileError) {
                _ = try file.score(with: card, source: "\(card.label) (database)")
            } catch {
                throw error
            }
            given = file.answers(for: card)
        } else {
            // Refuse before asking a person for every answer.
            try QualityService(centre: centre).checkMayEvaluate(agent, on: reference.date, by: actor)
            given = try QaInteractiveAnswers.ask(card)
        }
        let request = EvaluationRequest(scorecardKey: card.key, scorecardVersion: card.version, agent: agent,
                                        interaction: reference, answers: given, id: id, draft: draft)
        let result: EvaluationResult
        do {
            result = try QualityService(centre: centre).evaluate(request, by: actor)
        } catch ServiceError.invalidInput(let problem) where problem.field == "date" && date == nil && file != nil {
            // The date came from the answers file, not from --date: say so.
            throw ServiceError.invalidInput(InputProblem(file: file?.source, field: "interaction.date",
                                                         sentence: "field 'interaction.date' '\(problem.value ?? "")': \(problem.problem)"))
        }
        let evaluation = result.evaluation, score = result.score
        let stored = result.stored.map { "\($0)" } ?? "stored"
        switch output.format {
        case .json:
            print(JSONOutput.encode(QaEvaluationSummary(evaluation: evaluation, score: score, stored: stored)))
        case .csv:
            let detail = QaEvaluationDetail(result)
            print(CSVWriter.encode(header: QaEvaluationDetail.csvHeader, rows: detail.csvRows), terminator: "")
        case .table:
            let who = QaStore.name(evaluation.agentID, in: organization), by = QaStore.name(evaluation.evaluatorID, in: organization)
            print("Evaluation \(evaluation.id) of \(who) by \(by)" + (evaluation.isSelfEvaluation ? " (self-evaluation)" : "")
                + " on \(card.label): \(evaluation.status), \(stored)")
            print(QaTableText.withoutTrailingSpaces(QaScoreExplanation(result: score, card: card, language: nil).text))
        }
    }

    private func interactionReference(file: AnswersFile?, card: Scorecard) throws -> InteractionReference {
        if let given = file?.interaction, interaction == nil, channel == nil, date == nil { return given }
        guard let interaction, let date = date.flatMap(LocalDate.init) else {
            throw CommandError("the interaction is missing: the answers file has none, so give --interaction ID --date YYYY-MM-DD "
                + "(and --channel unless the card has one channel)")
        }
        let chosen: InteractionChannel
        if let channel, let parsed = InteractionChannel(rawValue: channel) {
            chosen = parsed
        } else if card.channels.count == 1, let only = card.channels.first {
            chosen = only
        } else {
            throw CommandError("give --channel: \(card.label) is for \(card.channels.map(\.rawValue).sorted().joined(separator: ", "))")
        }
        return try InteractionReference(id: interaction, channel: chosen, date: date)
    }
}
