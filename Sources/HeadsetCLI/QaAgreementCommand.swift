import HeadsetServices
import ArgumentParser
import Foundation
import Interchange
import Quality
import Reports

/// `headset qa agreement --ratings FILE.csv --level …`: Krippendorff's alpha of a reliability matrix.
struct QaAgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Krippendorff's alpha between evaluators: one row per unit, one column per rater.",
        discussion: """
            Examples:
              headset qa agreement --ratings calibration.csv --level interval
              headset qa agreement --ratings codes.csv --level nominal --format json

            The CSV has one row per unit (an interaction, or one criterion of one) and one column \
            per rater; an empty cell (or NA, -) is a missing rating. A first column headed unit \
            (or item, interaction, id) names the units. At the nominal level any text is a \
            category; otherwise values are numbers (ratio: 0 or more). JSON: alpha, units \
            (units with two or more values), pairable_values, level, raters, \
            observed_disagreement, expected_disagreement. See docs/quality.md.
            """)

    @Option(name: .long, help: ArgumentHelp("Ratings CSV: one row per unit, one column per rater.", valueName: "path"))
    var ratings: String

    @Option(name: .long, help: ArgumentHelp("nominal, ordinal, interval or ratio.", valueName: "level"))
    var level: String

    @OptionGroup var output: FormatOption

    struct Report: Encodable {
        let alpha: Double?
        let units: Int
        let pairableValues: Int
        let level: String
        let raters: Int
        let observedDisagreement: Double
        let expectedDisagreement: Double
    }

    func validate() throws {
        if MeasurementLevel(rawValue: level.lowercased()) == nil {
            throw ValidationError("--level must be nominal, ordinal, interval or ratio, got '\(level)'")
        }
    }

    func run() throws {
        let level = MeasurementLevel(rawValue: level.lowercased())!
        let file = try RatingsFile.read(URL(fileURLWithPath: ratings), numeric: level != .nominal)
        let result: KrippendorffAlpha
        do {
            result = try KrippendorffAlpha(ratings: file.values, level: level)
        } catch {
            throw CommandError("\(ratings): \(Self.located(error, in: file))")
        }
        let report = Report(alpha: result.alpha.map { ($0 * 1e9).rounded() / 1e9 }, units: result.units,
                            pairableValues: result.pairableValues, level: level.rawValue, raters: file.raters.count,
                            observedDisagreement: result.observedDisagreement, expectedDisagreement: result.expectedDisagreement)
        switch output.format {
        case .json: print(JSONOutput.encode(report))
        case .csv:
            print(CSVWriter.encode(header: ["alpha", "units", "pairable_values", "level", "raters"],
                                   rows: [[report.alpha.map { String(format: "%.6f", $0) } ?? "", String(report.units),
                                           String(report.pairableValues), report.level, String(report.raters)]]),
                  terminator: "")
        case .table:
            let alpha = report.alpha.map { String(format: "%.3f", $0) }
                ?? "undefined (every pairable value is the same: no disagreement to expect)"
            print("Krippendorff's alpha (\(level.rawValue)): \(alpha)")
            print("\(report.units) units with two or more ratings, \(report.pairableValues) pairable values, \(report.raters) raters")
            if let value = report.alpha {
                let advice = QaCalibrationReading(alpha: value).advice
                print(advice.prefix(1).uppercased() + advice.dropFirst() + ".")
            }
        }
    }

    /// The error with the file's unit and rater names instead of positions.
    static func located(_ error: AgreementError, in file: RatingsFile) -> String {
        switch error {
        case let .negativeRatioValue(unit, rater, value) where unit <= file.units.count && rater <= file.raters.count:
            return "unit \(file.units[unit - 1]), rater \(file.raters[rater - 1]): \(value) is negative; the ratio level needs values of 0 or more"
        default:
            return error.description
        }
    }
}
