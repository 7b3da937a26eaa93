import Foundation
import Interchange
import Quality

/// An answers file for ``ScorecardFileFixture``'s card that uses every field of the format,
/// with the line numbers tests name.
enum AnswersFileFixture {
    static let yaml = """
        scorecard: focus-card
        version: 3
        interaction: { id: visit-7, channel: in-person, date: 2026-11-23, start: "09:14:30", duration: "1:02:03" }
        answers:
          greeting: 2
          verify-identity:
            value: Yes
            comment: Asked for the card and the PIN, Ms Ćorić.
            evidence:
              - timestamp: "00:03:15"
              - quote: "Could I see your card, Ms Ćorić?"
              - timestamp: 42
          resolved: full
          extra-mile: ~

        """

    static func replacingLines(_ replacements: [Int: String]) -> String {
        var lines = yaml.components(separatedBy: "\n")
        for (number, text) in replacements { lines[number - 1] = text }
        return lines.joined(separator: "\n")
    }

    static func parse(_ text: String, source: String = "answers.yaml") throws(QualityFileError) -> AnswersFile {
        try AnswersFile.parse(yaml: text, source: source)
    }

    static var card: ScorecardFile {
        get throws { try ScorecardFile.parse(yaml: ScorecardFileFixture.yaml, source: "card.yaml") }
    }

    /// The messages scoring `text` with the fixture card gives; empty when it scores.
    static func messages(_ text: String) throws -> [String] {
        let card = try card
        do {
            _ = try parse(text).score(with: card)
            return []
        } catch {
            return error.messages
        }
    }
}
