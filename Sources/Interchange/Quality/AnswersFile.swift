import Foundation
import Quality

/// One evaluator's answers to one scorecard, read from YAML, scored with every problem placed
/// at its line in the file.
///
/// ```swift
/// let card = try ScorecardFile.load(from: URL(fileURLWithPath: "scorecards/voice-call.yaml"))
/// let answers = try AnswersFile.load(from: URL(fileURLWithPath: "scorecards/examples/voice-call.yaml"))
/// let result = try answers.score(with: card)   // result.score == 86.25
/// ```
///
/// The format (see `docs/quality.md`):
///
/// ```yaml
/// scorecard: voice-call
/// version: 1                                   # optional
/// interaction: { id: call-88123, channel: voice, date: 2026-11-23, start: "09:14", duration: "06:52" }
/// answers:
///   greeting: 2                                # yes | no | n/a | a scale value | a choice id
///   verify-identity:
///     value: yes
///     comment: Date of birth and postcode before the balance.
///     evidence: [{ timestamp: "00:00:41" }, { quote: "Could you confirm your date of birth?" }]
/// ```
public struct AnswersFile: Sendable {
    public let source: String
    /// The key of the scorecard the answers are for.
    public let scorecardKey: String
    /// The version they are for, when the file says.
    public let scorecardVersion: Int?
    public let interaction: InteractionReference?
    /// The answers in file order.
    public let entries: [AnswersEntry]
    let index: YAMLNodeIndex

    /// Reads an answers file (decoding only; ``score(with:)`` checks the answers against a card).
    public static func load(from url: URL) throws(QualityFileError) -> AnswersFile {
        do {
            return AnswersFile(source: FileAccess.displayName(of: url), try YAMLLoader.decode(AnswersDocument.self, from: url))
        } catch {
            throw .file(error)
        }
    }

    /// Decodes answers YAML; `source` names it in messages.
    public static func parse(yaml: String, source: String) throws(QualityFileError) -> AnswersFile {
        do {
            return AnswersFile(source: source, try YAMLLoader.decode(AnswersDocument.self, yaml: yaml, source: source))
        } catch {
            throw .file(error)
        }
    }

    private init(source: String, _ document: AnswersDocument) {
        self.source = source
        scorecardKey = document.scorecardKey
        scorecardVersion = document.scorecardVersion
        interaction = document.interaction
        entries = document.entries
        index = document.index
    }

    /// The answers read as `scorecard`'s criteria expect them; entries left empty are left out.
    public func answers(for scorecard: Scorecard) -> [Answer] {
        entries.compactMap { entry in
            entry.text.map { text in
                Answer(entry.criterionID, AnswersValueText.value(text, for: scorecard.criterion(id: entry.criterionID)),
                       comment: entry.comment, evidence: entry.evidence)
            }
        }
    }

    /// Scores the answers with `card`.
    ///
    /// - Throws: ``QualityFileError/problems(_:)`` with every problem at its line in this file:
    ///   a scorecard key or version that is not the card's, a channel the card is not written for,
    ///   evidence after the end of the interaction, and the scoring engine's answer problems
    ///   (unknown criteria, N/A where not allowed, values off the scale, unknown choices, values
    ///   of the wrong kind, missing answers).
    public func score(with card: ScorecardFile) throws(QualityFileError) -> ScoreResult {
        try score(with: card.scorecard, source: card.source, locate: card.located)
    }

    /// Scores the answers with a stored `scorecard` (named `source` in messages), as
    /// ``score(with:)-(ScorecardFile)`` does with a file.
    public func score(with scorecard: Scorecard, source: String) throws(QualityFileError) -> ScoreResult {
        try score(with: scorecard, source: source) { problems in
            problems.map { QualityFileProblem(file: source, line: 1, column: 1, field: $0.path, message: $0.message) }
        }
    }

    private func score(with scorecard: Scorecard, source: String,
                       locate: ([ScorecardProblem]) -> [QualityFileProblem]) throws(QualityFileError) -> ScoreResult {
        if scorecardKey != scorecard.key {
            throw .problems([problem(at: .root.appending(key: "scorecard"),
                                     "the answers are for scorecard '\(scorecardKey)', but \(source) is '\(scorecard.key)'")])
        }
        if let version = scorecardVersion, version != scorecard.version {
            throw .problems([problem(at: .root.appending(key: "version"),
                                     "the answers are for \(scorecardKey) v\(version), but \(source) is \(scorecard.label)")])
        }
        var problems = interactionProblems(on: scorecard)
        let result: ScoreResult
        do {
            result = try ScoringEngine.score(answers(for: scorecard), with: scorecard)
        } catch {
            switch error {
            case .invalidAnswers(let answerProblems):
                problems += answerProblems.map(located)
                throw .problems(Self.sorted(problems))
            case let .invalidScorecard(_, _, cardProblems):
                // A ScorecardFile (or a stored card) has validated, so this only happens to a card changed in code.
                throw .problems(locate(cardProblems))
            }
        }
        guard problems.isEmpty else { throw .problems(Self.sorted(problems)) }
        return result
    }

    /// The channel must be one the card is written for; evidence must lie within the interaction.
    private func interactionProblems(on scorecard: Scorecard) -> [QualityFileProblem] {
        guard let interaction else { return [] }
        var problems: [QualityFileProblem] = []
        if !scorecard.channels.contains(interaction.channel) {
            let channels = scorecard.channels.map(\.rawValue).sorted().joined(separator: ", ")
            problems.append(problem(at: FieldPath.root.appending(key: "interaction").appending(key: "channel"),
                                    "scorecard \(scorecard.label) is not written for the \(interaction.channel) channel (it covers \(channels))"))
        }
        guard let duration = interaction.durationSeconds else { return problems }
        for entry in entries {
            for (position, evidence) in entry.evidence.enumerated() {
                guard case let .timestamp(seconds) = evidence, seconds > duration else { continue }
                let path = answerPath(entry.criterionID).appending(key: "evidence").appending(index: position).appending(key: "timestamp")
                problems.append(problem(at: path, "criterion '\(entry.criterionID)': evidence at \(AnswersClockText.text(seconds)) "
                                            + "is after the end of the interaction (\(AnswersClockText.text(duration)) long)"))
            }
        }
        return problems
    }

    /// An answer problem at the line to fix: the value for a wrong value, the key for an
    /// unknown criterion, and for a missing answer its empty entry or else the `answers:` line.
    private func located(_ answerProblem: AnswerProblem) -> QualityFileProblem {
        let path = answerPath(answerProblem.criterionID)
        switch answerProblem {
        case .unknownCriterion, .duplicateAnswer:
            return problem(at: path, place: index.key(at: path), answerProblem.description)
        case .missingAnswer:
            let answers = FieldPath.root.appending(key: "answers")
            if let place = index.key(at: path) { return problem(at: path, place: place, answerProblem.description) }
            return problem(at: answers, place: index.key(at: answers), answerProblem.description)
        case .notApplicableNotAllowed, .valueOffScale, .unknownChoice, .wrongValueType:
            let longForm = path.appending(key: "value")
            return problem(at: index.value(at: longForm) == nil ? path : longForm, answerProblem.description)
        }
    }

    private func answerPath(_ criterionID: String) -> FieldPath {
        FieldPath.root.appending(key: "answers").appending(key: criterionID)
    }

    private func problem(at path: FieldPath, place: YAMLNodeIndex.Place? = nil, _ message: String) -> QualityFileProblem {
        let place = place ?? index.nearestValue(at: path)
        return QualityFileProblem(file: source, line: place.line, column: place.column, field: path.rendered, message: message)
    }

    private static func sorted(_ problems: [QualityFileProblem]) -> [QualityFileProblem] {
        problems.enumerated().sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
    }
}
