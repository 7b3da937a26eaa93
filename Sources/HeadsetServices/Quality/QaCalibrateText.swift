import Foundation
import Interchange
import Quality
import Reports

/// `headset qa calibrate` for a supervisor: per criterion how far the evaluators are from the
/// benchmark and whether they agree, per evaluator their leniency, then the same in sentences
/// ("ana scores 6.2 points more leniently than the benchmark on the overall score").
public struct QaCalibrateText {
    public let report: QaCalibrateReport

    public init(report: QaCalibrateReport) {
        self.report = report
    }

    public var text: String {
        let analysis = report.analysis
        let file = report.file
        var lines = [
            "Calibration against the benchmark '\(analysis.benchmarkRaterId)': \(file.items.count) interaction"
                + "\(file.items.count == 1 ? "" : "s"), \(file.raters.count) raters, alpha at the \(analysis.level.rawValue) level",
            "",
            criterionTable.rendered(),
            "mean |dev|: how far evaluators are from the benchmark, either way; leniency: mean (score − benchmark), "
                + "+ more lenient, − stricter; SD and range: the spread of the panel on one interaction.",
        ]
        lines += ["", "Evaluators against the benchmark:", evaluatorTable.rendered(), ""]
        lines += sentences
        if let byCriterion = byCriterionTable {
            lines += ["", "Leniency by criterion (+ more lenient, − stricter than the benchmark):", byCriterion.rendered()]
        }
        lines += ["", QaCalibrationReading.guidance]
        let notes = report.summaries.compactMap { summary in summary.fleiss.note.map { "\(summary.name): \($0)" } }
        if !notes.isEmpty {
            lines += ["Fleiss' κ left out where it does not fit:"] + notes.map { "  \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    private var criterionTable: TextTable {
        let rows = report.summaries.map { summary in
            [summary.name, String(summary.items), String(summary.comparisons), Self.number(summary.meanAbsoluteDeviation),
             Self.signed(summary.meanDeviation), Self.number(summary.meanStandardDeviation), Self.number(summary.largestRange),
             summary.alpha.map { String(format: "%.3f", $0) } ?? "—", summary.reading?.rawValue ?? Self.noAlpha(summary),
             summary.fleiss.kappa.map { String(format: "%.3f", $0) } ?? "—"]
        }
        return TextTable(headers: ["criterion", "interactions", "compared", "mean |dev|", "leniency", "mean SD", "largest range",
                                   "alpha", "reading", "Fleiss κ"],
                         rows: rows,
                         alignments: [.left, .right, .right, .right, .right, .right, .right, .right, .left, .right])
    }

    private var evaluatorTable: TextTable {
        let rows = report.analysis.evaluators.map { evaluator in
            [evaluator.raterId,
             Self.signed(evaluator.overall?.meanDeviation), Self.number(evaluator.overall?.meanAbsoluteDeviation),
             String(evaluator.overall?.comparisons ?? 0),
             Self.signed(evaluator.criteria?.meanDeviation), Self.number(evaluator.criteria?.meanAbsoluteDeviation),
             String(evaluator.criteria?.comparisons ?? 0)]
        }
        return TextTable(headers: ["evaluator", "overall: leniency", "mean |dev|", "compared", "criteria: leniency", "mean |dev|",
                                   "compared"],
                         rows: rows, alignments: [.left, .right, .right, .right, .right, .right, .right])
    }

    private var byCriterionTable: TextTable? {
        let criteria = report.file.criteria
        guard !criteria.isEmpty, !report.analysis.evaluators.isEmpty else { return nil }
        let rows = report.analysis.evaluators.map { evaluator in
            [evaluator.raterId] + criteria.map { Self.signed(evaluator.byCriterion[$0]?.meanDeviation) }
        }
        return TextTable(headers: ["evaluator"] + criteria, rows: rows,
                         alignments: [.left] + criteria.map { _ in .right })
    }

    /// One sentence per evaluator on the leniency basis.
    private var sentences: [String] {
        let onOverall = report.leniencyBasis == "overall"
        let what = onOverall ? "on the overall score" : "per criterion score"
        return report.analysis.evaluators.map { evaluator in
            guard let summary = onOverall ? evaluator.overall : evaluator.criteria else {
                return "\(evaluator.raterId) has no score to compare with the benchmark's \(onOverall ? "overall score" : "criteria")."
            }
            let compared = onOverall
                ? "\(summary.comparisons) interaction\(summary.comparisons == 1 ? "" : "s")"
                : "\(summary.comparisons) score\(summary.comparisons == 1 ? "" : "s")"
            let off = "off by \(Self.points(summary.meanAbsoluteDeviation)) on average"
            let leniency = Self.number(abs(summary.meanDeviation))
            if leniency == "0" {
                return "\(evaluator.raterId) scores in line with the benchmark \(what) on average (\(compared)), \(off)."
            }
            let direction = summary.meanDeviation > 0 ? "more leniently" : "more strictly"
            return "\(evaluator.raterId) scores \(Self.points(abs(summary.meanDeviation))) \(direction) than the benchmark "
                + "\(what) (\(compared)), \(off)."
        }
    }

    private static func noAlpha(_ summary: QaCalibrationCriterionSummary) -> String {
        guard summary.alpha == nil else { return "" }
        return summary.alphaUnits == 0 ? "no pairs" : "all agree"
    }

    /// Up to two decimals, trailing zeros dropped: `6.2`, `0.33`, `12`; `—` for none.
    public static func number(_ value: Double?) -> String {
        guard let value else { return "—" }
        var text = String(format: "%.2f", value)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// `+6.2`, `-3`, `0`.
    public static func signed(_ value: Double?) -> String {
        let text = number(value)
        guard let value, text != "0", value > 0 else { return text }
        return "+" + text
    }

    /// `6.2 points`, `1 point`.
    public static func points(_ value: Double) -> String {
        let text = number(value)
        return text == "1" ? "1 point" : "\(text) points"
    }
}
