import Foundation
import Quality

/// A calibration session in long format for `headset qa calibrate`: one row per score a rater
/// gave one criterion (or the overall score) of one interaction.
///
/// ```
/// interaction,rater,criterion,score
/// call-1,expert,greeting,4
/// call-1,expert,overall,80
/// call-1,ana,greeting,n/a
/// ```
///
/// Columns (any order, other columns ignored): `interaction` (also `interaction_id`, `item`,
/// `unit`, `id`), `rater` (also `evaluator`, `rater_id`), `criterion` (also `criterion_id`) and
/// `score` (also `value`). The criterion `overall` (any case) is the evaluation's overall score.
/// An empty score or `n/a` (also `na`) is N/A: the rater saw the interaction but scored nothing
/// there. A rater scoring the same criterion of the same interaction twice is an error naming
/// both lines, as is a score that is not a number (a decimal comma is read when the delimiter is
/// not a comma).
public struct CalibrationRatingsFile: Sendable {
    /// The file as named in messages.
    public let source: String
    /// Interactions in order of first appearance, each with its raters in order of first
    /// appearance.
    public let items: [CalibrationItem]
    /// Criterion ids in order of first appearance, `overall` left out.
    public let criteria: [String]
    /// Rater ids in order of first appearance.
    public let raters: [String]
    /// Whether any row gives an overall score (a number or N/A).
    public let hasOverall: Bool
    /// Rows read (each a score or an N/A).
    public let rowCount: Int
    private let firstLines: [String: Int]

    static let columns = [
        CSVColumn("interaction", aliases: ["interaction_id", "item", "unit", "id"]),
        CSVColumn("rater", aliases: ["evaluator", "rater_id"]),
        CSVColumn("criterion", aliases: ["criterion_id"]),
        CSVColumn("score", aliases: ["value"]),
    ]
    static let overallCriterion = "overall"
    static let notApplicableMarkers: Set<String> = ["", "n/a", "na"]

    /// The line where `interactionId` first appears, for messages about the whole interaction.
    public func line(ofInteraction interactionId: String) -> Int? {
        firstLines[interactionId]
    }

    public static func read(_ url: URL) throws(InterchangeError) -> CalibrationRatingsFile {
        try parse(try CSVReader.read(contentsOf: url))
    }

    public static func parse(_ document: CSVDocument) throws(InterchangeError) -> CalibrationRatingsFile {
        let map = try CSVHeaderMap(document, columns: columns)
        var session = SessionBuilder()
        for row in document.rows {
            let interaction = try map.requiredString(row, "interaction").trimmingWhitespace()
            let rater = try map.requiredString(row, "rater").trimmingWhitespace()
            let criterionText = try map.requiredString(row, "criterion").trimmingWhitespace()
            let criterion: CalibrationTarget = criterionText.lowercased() == overallCriterion
                ? .overall : .criterion(criterionText)
            let scoreText = map.string(row, "score") ?? ""
            let score: Double?
            if notApplicableMarkers.contains(scoreText.trimmingWhitespace().lowercased()) {
                score = nil
            } else {
                do {
                    score = try map.double(row, "score")
                } catch {
                    throw .csvInvalidValue(file: document.source, line: row.line, column: "score", value: scoreText,
                                           expected: "a number, or empty or n/a for N/A")
                }
            }
            if let earlier = session.add(score, interaction: interaction, rater: rater, target: criterion, line: row.line) {
                let what = criterion == .overall ? "overall score" : "criterion '\(criterionText)'"
                throw .csvInvalidValue(file: document.source, line: row.line, column: "criterion", value: criterionText,
                                       expected: "one score per interaction, rater and criterion "
                                           + "(line \(earlier) already has \(rater)'s \(what) of \(interaction))")
            }
        }
        return CalibrationRatingsFile(source: document.source, items: session.items, criteria: session.criteria,
                                      raters: session.raters, hasOverall: session.hasOverall, rowCount: document.rows.count,
                                      firstLines: session.firstLines)
    }
}

/// Gathers long-format rows into calibration items, remembering where each score came from.
private struct SessionBuilder {
    private struct Key: Hashable {
        let interaction: String
        let rater: String
        let target: CalibrationTarget
    }

    private var order: [String] = []
    private var raterOrder: [String: [String]] = [:]
    private var scores: [String: [String: [String: Double?]]] = [:]
    private var overall: [String: [String: Double]] = [:]
    private var lines: [Key: Int] = [:]
    private var seenCriteria: Set<String> = []
    private var seenRaters: Set<String> = []
    private(set) var criteria: [String] = []
    private(set) var raters: [String] = []
    private(set) var hasOverall = false
    private(set) var firstLines: [String: Int] = [:]

    /// Records one score; returns the earlier line when this rater already scored this target.
    mutating func add(_ score: Double?, interaction: String, rater: String, target: CalibrationTarget, line: Int) -> Int? {
        let key = Key(interaction: interaction, rater: rater, target: target)
        if let earlier = lines[key] { return earlier }
        lines[key] = line
        if firstLines[interaction] == nil {
            firstLines[interaction] = line
            order.append(interaction)
        }
        if scores[interaction]?[rater] == nil {
            raterOrder[interaction, default: []].append(rater)
            scores[interaction, default: [:]][rater] = [:]
        }
        if seenRaters.insert(rater).inserted { raters.append(rater) }
        switch target {
        case .overall:
            hasOverall = true
            if let score { overall[interaction, default: [:]][rater] = score }
        case .criterion(let id):
            if seenCriteria.insert(id).inserted { criteria.append(id) }
            scores[interaction, default: [:]][rater, default: [:]][id] = .some(score)
        }
        return nil
    }

    var items: [CalibrationItem] {
        order.map { interaction in
            CalibrationItem(interactionId: interaction, ratings: (raterOrder[interaction] ?? []).map { rater in
                CalibrationRating(raterId: rater, scores: scores[interaction]?[rater] ?? [:],
                                  overall: overall[interaction]?[rater])
            })
        }
    }
}
