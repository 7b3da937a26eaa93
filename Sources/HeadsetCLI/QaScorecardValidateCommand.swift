import HeadsetServices
import ArgumentParser
import Foundation
import Interchange
import Quality

/// `headset qa scorecard validate FILE…`: every problem of every file, or an "ok" line per file.
struct QaScorecardValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scorecard files: every problem with its line, or 'ok'.",
        discussion: """
            Examples:
              headset qa scorecard validate scorecards/*.yaml

            Prints one 'ok' line per valid file on standard output and every problem of the others \
            as 'headset: error: FILE:LINE:COLUMN: field …' on standard error; exits 1 when any file \
            has a problem.
            """)

    @Argument(help: ArgumentHelp("Scorecard YAML files.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one scorecard file") }
    }

    func run() throws {
        var problems: [String] = []
        for path in files {
            do {
                let card = try ScorecardFile.load(from: .init(fileURLWithPath: path)).scorecard
                let criteria = card.criteria.count
                print("\(path): ok (\(card.label), \(card.status), \(card.sections.count) section\(card.sections.count == 1 ? "" : "s"), "
                      + "\(criteria) criteri\(criteria == 1 ? "on" : "a"))")
            } catch {
                problems += error.messages
            }
        }
        guard problems.isEmpty else { throw CommandError(problems.joined(separator: "\nheadset: error: ")) }
    }
}
