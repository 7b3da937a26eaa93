import HeadsetServices
import ArgumentParser
import Foundation
import Interchange
import Reports
import Scheduling
import Storage
import Workbook

/// `headset schedule export --xlsx roster.xlsx`: a saved roster as a workbook (and CSV).
struct ScheduleExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a saved roster: people × days grid, coverage per interval, day and week, heat map, rule check.",
        discussion: """
            Examples:
              headset schedule export --xlsx roster.xlsx             # the newest roster
              headset schedule export --roster 3 --xlsx roster.xlsx --out roster.csv

            Rosters are saved by headset schedule roster; headset schedule list shows them.
            """)

    @Option(name: .long, help: ArgumentHelp("Roster id (default: the newest).", valueName: "id"))
    var roster: Int64?

    @Option(name: .long, help: ArgumentHelp("Workbook to write.", valueName: "path"))
    var xlsx: String?

    @Option(name: .long, help: ArgumentHelp("Also write the roster CSV headset schedule check --roster reads.", valueName: "path"))
    var out: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if xlsx == nil && out == nil { throw ValidationError("give --xlsx FILE (and/or --out FILE.csv)") }
    }

    func run() throws {
        let centre = try database.centre(.read)
        defer { try? centre.close() }
        let (id, document) = try SchedulingService(centre: centre).roster(roster)
        if let xlsx {
            try Workbook.write(to: URL(fileURLWithPath: xlsx)) { workbook in
                try RosterSheets.add(to: workbook, roster: document, notes: [RosterSheets.describe(document)])
            }
            print("Wrote roster \(id) '\(document.name)' (\(RosterSheets.sheetNames.joined(separator: ", "))) to \(xlsx)")
        }
        if let out {
            let rows = document.roster.entries.map(ScheduleRosterReport.csvRow)
            try CSVWriter.write(header: ScheduleRosterReport.rosterHeader, rows: rows, to: URL(fileURLWithPath: out))
            print("Wrote \(rows.count) shifts of roster \(id) to \(out)")
        }
    }
}
