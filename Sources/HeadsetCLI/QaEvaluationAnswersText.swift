import HeadsetServices

/// `qa show` as a table: every criterion with its answer, the share of its points, N/A, the
/// critical flag, the comment and the evidence.
struct QaEvaluationAnswersText {
    let text: String

    init(_ result: EvaluationResult) {
        let report = QaScoreReport(result: result.score, card: result.scorecard, evaluation: result.evaluation)
        let rows = report.criteria.map { line -> [String] in
            let points = line.fraction.map(NumberText.percent) ?? "N/A"
            let evidence = line.evidence.map { $0.quote ?? $0.timestampSeconds.map { QaScoreReport.clock(Int($0)) } ?? "" }
            return [line.id, line.answer ?? "", points, line.failedCritical ? "failed" : "", line.comment ?? "",
                    evidence.joined(separator: "; ")]
        }
        let table = TextTable(headers: ["criterion", "answer", "points", "critical", "comment", "evidence"], rows: rows)
        text = QaTableText.withoutTrailingSpaces(table.rendered()) + "\n"
    }
}
