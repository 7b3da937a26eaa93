import Foundation
import GRDB
import Quality

/// An answer as the `evaluation_answer` and `dispute_answer` columns hold it: the value's kind
/// and text, the comment, and the evidence as JSON.
///
/// | value | value_kind | value |
/// |---|---|---|
/// | `.yes`, `.no` | `yes`, `no` | NULL |
/// | `.scale(2)` | `scale` | `2` |
/// | `.choice("full")` | `choice` | `full` |
/// | `.notApplicable` | `not-applicable` | NULL |
struct StoredAnswer: Equatable {
    var criterionID: String
    var valueKind: String
    var value: String?
    var comment: String?
    var evidenceJSON: String?

    init(_ answer: Answer) throws {
        criterionID = answer.criterionID
        switch answer.value {
        case .yes: valueKind = "yes"
        case .no: valueKind = "no"
        case .scale(let points): (valueKind, value) = ("scale", String(points))
        case .choice(let id): (valueKind, value) = ("choice", id)
        case .notApplicable: valueKind = "not-applicable"
        }
        comment = answer.comment
        // JSON has no infinity or NaN; the domain refuses them when scoring, drafts included here.
        for case let .timestamp(seconds) in answer.evidence where !seconds.isFinite {
            throw QualityStoreError.evaluation(.evidenceOutsideInteraction(criterionID: answer.criterionID, seconds: seconds,
                                                                           durationSeconds: nil))
        }
        evidenceJSON = answer.evidence.isEmpty ? nil : try Self.json(answer.evidence)
    }

    /// Reads the columns of `row` (`criterion_id`, `value_kind`, `value`, `comment`, `evidence_json`).
    init(row: Row) {
        criterionID = row["criterion_id"]
        valueKind = row["value_kind"]
        value = row["value"]
        comment = row["comment"]
        evidenceJSON = row["evidence_json"]
    }

    /// The domain answer; `table` and `key` name the row in errors.
    func answer(table: String, key: String) throws -> Answer {
        func corrupt(_ reason: String) -> StorageError {
            .corruptValue(table: table, key: "\(key) \(criterionID)", reason: reason)
        }
        let decoded: AnswerValue
        switch (valueKind, value) {
        case ("yes", nil): decoded = .yes
        case ("no", nil): decoded = .no
        case ("not-applicable", nil): decoded = .notApplicable
        case ("choice", let id?): decoded = .choice(id)
        case ("scale", let text?):
            guard let points = Int(text) else { throw corrupt("scale value '\(text)' is not a whole number") }
            decoded = .scale(points)
        default:
            throw corrupt("value_kind '\(valueKind)' with value '\(value ?? "NULL")' is not an answer")
        }
        var evidence: [Evidence] = []
        if let evidenceJSON {
            do {
                evidence = try JSONDecoder().decode([EvidenceJSON].self, from: Data(evidenceJSON.utf8)).map { try $0.evidence() }
            } catch {
                throw corrupt("evidence_json: \(error)")
            }
        }
        return Answer(criterionID, decoded, comment: comment, evidence: evidence)
    }

    /// The value as the audit log shows it: `yes`, `scale 2`, `choice full`, `n/a`.
    var auditText: String {
        switch valueKind {
        case "not-applicable": return "n/a"
        default: return value.map { "\(valueKind) \($0)" } ?? valueKind
        }
    }

    private static func json(_ evidence: [Evidence]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(evidence.map(EvidenceJSON.init)), as: UTF8.self)
    }

    /// One piece of evidence: `{"seconds": 42.5}` or `{"quote": "…"}`.
    private struct EvidenceJSON: Codable {
        var seconds: Double?
        var quote: String?

        init(_ evidence: Evidence) {
            switch evidence {
            case .timestamp(let at): seconds = at
            case .quote(let text): quote = text
            }
        }

        func evidence() throws -> Evidence {
            switch (seconds, quote) {
            case (let at?, nil): return .timestamp(seconds: at)
            case (nil, let text?): return .quote(text)
            default: throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "evidence needs seconds or a quote"))
            }
        }
    }
}
