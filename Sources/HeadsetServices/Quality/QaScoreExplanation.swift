public import Quality

/// The score as people read it: the verdict, sections, critical errors by class, and the
/// engine's step-by-step explanation.
///
/// ```text
/// voice-call v1: Voice call
/// Score 92% — passed (pass mark 80%)
///
/// section                      weight  score
/// Greeting and verification         4   100%
/// …
/// ```
public struct QaScoreExplanation {
    public let result: ScoreResult
    public let card: Scorecard
    public let language: String?

    public init(result: ScoreResult, card: Scorecard, language: String?) {
        self.result = result
        self.card = card
        self.language = language
    }

    public var text: String {
        var lines = ["\(card.label): \(localized(card.title))", verdict, ""]
        let totalWeight = card.sections.reduce(0) { $0 + $1.weight }
        var rows: [[String]] = []
        for section in result.sections {
            let title = card.sections.first { $0.id == section.sectionID }.map { localized($0.title) } ?? section.sectionID
            var notes: [String] = []
            if !section.failedBy.isEmpty { notes.append("failed by " + section.failedBy.joined(separator: ", ")) }
            if !section.notApplicableCriteria.isEmpty { notes.append("N/A: " + section.notApplicableCriteria.joined(separator: ", ")) }
            let share = totalWeight > 0 ? Self.percent(100 * section.weight / totalWeight) : ""
            rows.append([title, NumberText.short(section.weight), share, section.score.map(Self.percent) ?? "N/A",
                         notes.joined(separator: "; ")])
        }
        lines.append(TextTable(headers: ["section", "weight", "share", "score", "notes"], rows: rows,
                               alignments: [.left, .right, .right, .right, .left]).rendered())

        let critical = result.criticalErrorsInOrder
        if !critical.isEmpty {
            lines += ["", "Critical errors:"]
            lines += critical.map { "  \($0.criticalClass): \($0.outcome)" }
        }
        lines += ["", "How the score was reached:"]
        lines += result.explanation.enumerated().map { "  \($0.offset + 1). \($0.element)" }
        return lines.joined(separator: "\n")
    }

    private var verdict: String {
        let mark = card.passMark.map { " (pass mark \(Self.percent($0)))" } ?? ""
        guard let score = result.score else { return "No score: every section was N/A" }
        var line = "Score \(Self.percent(score))"
        if result.bonusAdded > 0 {
            line += " (\(Self.percent(score - result.bonusAdded)) + \(NumberText.short(result.bonusAdded)) bonus points)"
        }
        line += ": "
        switch result.outcome {
        case .passed: line += "passed" + mark
        case .belowPassMark: line += "failed, below the pass mark" + mark
        case .failedByCritical(let ids): line += "failed by critical " + ids.joined(separator: ", ")
        case .notScored: line += "not scored"
        }
        if let ignoring = result.scoreIgnoringCriticals, abs(ignoring - score) > 1e-9 {
            line += "; \(Self.percent(ignoring)) ignoring critical criteria"
        }
        return line
    }

    private func localized(_ text: TranslatedText) -> String {
        language.map { text.text(for: $0) } ?? text.text
    }

    /// `92%`, `83.33%`: two decimals at most.
    public static func percent(_ value: Double) -> String {
        NumberText.short((value * 100).rounded() / 100) + "%"
    }
}
