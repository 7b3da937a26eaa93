import CivilTime
import Foundation
import Quality

/// The candidate interactions of `headset qa sample`: one row per interaction that may be drawn
/// for evaluation.
///
/// ```
/// interaction,agent,channel,date
/// call-88123,a17,voice,2026-11-23
/// chat-4410,a17,chat,2026-11-23T14:02:11+02:00
/// ```
///
/// Columns (any order, other columns ignored): `interaction` (also `interaction_id`, `id`),
/// `agent` (also `agent_id`), `channel`, `date` — `YYYY-MM-DD`, or an ISO 8601 date-time whose
/// date is taken as written (see ``InteractionsFileDate``). Every interaction id once: a sample
/// is repeated from ids, so a repeated id is an error naming both lines.
public struct InteractionsFile: Sendable {
    /// The file as named in messages.
    public let source: String
    /// In file order.
    public let candidates: [InteractionCandidate]
    /// The line of each candidate, parallel to ``candidates``.
    public let lines: [Int]

    static let columns = [
        CSVColumn("interaction", aliases: ["interaction_id", "id"]),
        CSVColumn("agent", aliases: ["agent_id"]),
        CSVColumn("channel"),
        CSVColumn("date"),
    ]

    public static func read(_ url: URL) throws(InterchangeError) -> InteractionsFile {
        try parse(try CSVReader.read(contentsOf: url))
    }

    public static func parse(_ document: CSVDocument) throws(InterchangeError) -> InteractionsFile {
        let map = try CSVHeaderMap(document, columns: columns)
        var candidates: [InteractionCandidate] = []
        var lines: [Int] = []
        var firstLine: [String: Int] = [:]
        candidates.reserveCapacity(document.rows.count)
        for row in document.rows {
            let id = try map.requiredString(row, "interaction").trimmingWhitespace()
            let agent = try map.requiredString(row, "agent").trimmingWhitespace()
            let channel = try map.requiredString(row, "channel").trimmingWhitespace()
            let dateText = try map.requiredString(row, "date")
            guard let date = InteractionsFileDate.parse(dateText.trimmingWhitespace()) else {
                throw .csvInvalidValue(file: document.source, line: row.line, column: "date", value: dateText,
                                       expected: "a date YYYY-MM-DD or an ISO 8601 date-time such as 2026-11-23T09:14:00+02:00")
            }
            if let earlier = firstLine[id] {
                throw .csvInvalidValue(file: document.source, line: row.line, column: "interaction", value: id,
                                       expected: "each interaction once (already listed on line \(earlier))")
            }
            firstLine[id] = row.line
            candidates.append(InteractionCandidate(interactionId: id, agentId: agent, channel: channel, date: date))
            lines.append(row.line)
        }
        return InteractionsFile(source: document.source, candidates: candidates, lines: lines)
    }
}
