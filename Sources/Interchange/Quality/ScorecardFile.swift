import Foundation
import Quality

/// A scorecard version read from `scorecards/*.yaml` and checked: every problem the card has is
/// reported at its line and column, not just the first.
///
/// ```swift
/// let file = try ScorecardFile.load(from: URL(fileURLWithPath: "scorecards/voice-call.yaml"))
/// file.scorecard.label   // "voice-call v1"
/// ```
///
/// Reading goes in three steps, each of which must pass before the next runs:
/// 1. the YAML itself (syntax, UTF-8),
/// 2. decoding: missing fields, wrong types, unknown values (`type: yesno`), unknown keys with the
///    closest known key as a suggestion; the first such error stops it,
/// 3. ``Quality/Scorecard/validate()``: weights, scales, choices, ids, translations…; all
///    problems, in file order, each at the field's line and column.
///
/// The format is described in `scorecards/README.md` and `docs/quality.md`.
public struct ScorecardFile: Sendable {
    /// The file as named in messages (the path as given).
    public let source: String
    /// The decoded card; it validates.
    public let scorecard: Scorecard
    let index: YAMLNodeIndex

    /// Reads and checks a scorecard file.
    public static func load(from url: URL) throws(QualityFileError) -> ScorecardFile {
        let document: ScorecardDocument
        do {
            document = try YAMLLoader.decode(ScorecardDocument.self, from: url)
        } catch {
            throw .file(error)
        }
        return try checked(document, source: FileAccess.displayName(of: url))
    }

    /// Decodes and checks scorecard YAML; `source` names it in messages.
    public static func parse(yaml: String, source: String) throws(QualityFileError) -> ScorecardFile {
        let document: ScorecardDocument
        do {
            document = try YAMLLoader.decode(ScorecardDocument.self, yaml: yaml, source: source)
        } catch {
            throw .file(error)
        }
        return try checked(document, source: source)
    }

    private static func checked(_ document: ScorecardDocument, source: String) throws(QualityFileError) -> ScorecardFile {
        let file = ScorecardFile(source: source, scorecard: document.scorecard, index: document.index)
        let problems = document.scorecard.validate()
        guard problems.isEmpty else { throw .problems(file.located(problems)) }
        return file
    }

    /// Scorecard problems at their place in this file, sorted by line and column.
    ///
    /// Paths use the file's spelling (`pass_mark`, `points[2].value`); a problem with a field
    /// the file left out (a default) is placed where its owner starts.
    public func located(_ problems: [ScorecardProblem]) -> [QualityFileProblem] {
        let located = problems.enumerated().map { order, problem in
            let path = ScorecardFieldPath.filePath(of: problem.path, in: index)
            let place = index.nearestValue(at: path)
            let context = problem.criterionID.map { "criterion '\($0)'" } ?? problem.sectionID.map { "section '\($0)'" }
            let located = QualityFileProblem(file: source, line: place.line, column: place.column, field: path.rendered,
                                             context: context, message: message(for: problem))
            return (order, located)
        }
        // Stable: problems on one spot keep validation's order.
        return located.sorted { ($0.1.line, $0.1.column, $0.0) < ($1.1.line, $1.1.column, $1.0) }.map(\.1)
    }

    /// Validation's words, with the line of the first use added to a duplicate id.
    private func message(for problem: ScorecardProblem) -> String {
        switch problem.kind {
        case let .duplicateSectionID(_, firstPath), let .duplicateCriterionID(_, firstPath):
            let first = index.nearestValue(at: ScorecardFieldPath.filePath(of: firstPath, in: index))
            return problem.message + " (line \(first.line))"
        default:
            return problem.message
        }
    }
}
