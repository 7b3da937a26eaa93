import HeadsetServices
import ArgumentParser
import Foundation
import Interchange
import Quality
import Reports
import Workbook

/// `headset qa calibrate --ratings FILE.csv --benchmark RATER`: a calibration session measured
/// against the benchmark (expert) rater — deviation, spread and alpha per criterion, leniency
/// per evaluator.
struct QaCalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Measure evaluators against a benchmark rater: deviation, spread and alpha per criterion, leniency per evaluator.",
        discussion: """
            Examples:
              headset qa calibrate --ratings calibration.csv --benchmark eglė
              headset qa calibrate --ratings calibration.csv --benchmark eglė --format json
              headset qa calibrate --ratings calibration.csv --benchmark eglė --xlsx calibration.xlsx

            The CSV has one row per score: interaction, rater, criterion, score. The criterion \
            overall (any case) is the evaluation's overall score; an empty score or n/a is N/A. \
            Every interaction must be scored by the benchmark. Deviation = evaluator's score − \
            benchmark's score; leniency is its mean (+ more lenient, − stricter), given on the \
            overall score when the file has one, else pooled over criteria. Alpha is \
            Krippendorff's over interactions × raters at --level; Fleiss' kappa is added where every \
            interaction has the same number of whole-number scores spanning at most 11 points \
            (never on the overall score). JSON: benchmark, level, criteria, overall, evaluators (rater, leniency, \
            mean_absolute_deviation, comparisons, …). --xlsx writes the Calibration and \
            Calibration scores sheets. See docs/quality.md.
            """)

    /// `--format table|json`: the report has no single table to give as CSV; --xlsx has them all.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Option(name: .long, help: ArgumentHelp("Calibration ratings CSV: interaction, rater, criterion, score.", valueName: "path"))
    var ratings: String

    @Option(name: .long, help: ArgumentHelp("The benchmark (expert) rater, as named in the rater column.", valueName: "rater"))
    var benchmark: String

    @Option(name: .long, help: ArgumentHelp("Level of measurement for alpha: nominal, ordinal, interval or ratio.",
                                            valueName: "level"))
    var level: String = "interval"

    @Option(name: .long, help: "Output format: table or json.")
    var format: Format = .table

    @Option(help: ArgumentHelp("Workbook to write (.xlsx); replaced only once complete.", valueName: "path"))
    var xlsx: String?

    func validate() throws {
        if MeasurementLevel(rawValue: level.lowercased()) == nil {
            throw ValidationError("--level must be nominal, ordinal, interval or ratio, got '\(level)'")
        }
    }

    func run() throws {
        let level = MeasurementLevel(rawValue: level.lowercased()) ?? .interval
        let file = try CalibrationRatingsFile.read(URL(fileURLWithPath: ratings))
        let benchmark = benchmark.trimmingCharacters(in: .whitespaces)
        try Self.check(file, benchmark: benchmark)
        let analysis: CalibrationAnalysis
        do {
            analysis = try CalibrationAnalysis(items: file.items, benchmarkRaterId: benchmark, criteria: file.criteria, level: level)
        } catch {
            throw CommandError(Self.located(error, in: file))
        }
        let report = QaCalibrateReport(analysis: analysis, file: file)
        if let xlsx {
            try Workbook.write(to: URL(fileURLWithPath: xlsx)) { workbook in
                try QaCalibrationSheets.add(to: workbook, analysis: analysis, items: file.items, notes: ["Ratings: \(file.source)"])
            }
        }
        switch format {
        case .json:
            print(JSONOutput.encode(report.json))
        case .table:
            print(QaTableText.withoutTrailingSpaces(QaCalibrateText(report: report).text))
            if let xlsx { print("Wrote \(QaCalibrationSheets.sheetNames.joined(separator: ", ")) to \(xlsx)") }
        }
    }

    /// Problems with the session as a whole, before the statistics.
    static func check(_ file: CalibrationRatingsFile, benchmark: String) throws {
        guard !file.items.isEmpty else {
            throw CommandError("\(file.source):1: no ratings below the header (interaction, rater, criterion, score)")
        }
        guard file.raters.contains(benchmark) else {
            // Rater names match exactly, as everywhere in the file; a case slip gets a suggestion.
            let suggestion = file.raters.first { $0.lowercased() == benchmark.lowercased() }
            throw CommandError("\(file.source): column 'rater': the benchmark '\(benchmark)' has no ratings"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; raters in the file: \(file.raters.joined(separator: ", "))"))
        }
        guard file.raters.count >= 2 else {
            throw CommandError("\(file.source): column 'rater': only the benchmark '\(benchmark)' has ratings; "
                + "calibration compares other evaluators with it")
        }
    }

    /// The analysis's error at the line where the interaction starts.
    static func located(_ error: AgreementError, in file: CalibrationRatingsFile) -> String {
        switch error {
        case let .benchmarkNotRated(interaction, benchmark):
            let line = file.line(ofInteraction: interaction).map { ":\($0)" } ?? ""
            return "\(file.source)\(line): column 'interaction': the benchmark '\(benchmark)' did not score '\(interaction)'; "
                + "every calibration interaction needs the benchmark's scores (remove the interaction or add them)"
        default:
            return "\(file.source): \(error.description)"
        }
    }
}
