import HeadsetServices
import ArgumentParser
import Foundation
import Interchange
import Storage

/// `headset schedule list`: the rosters saved in the database, newest first.
struct ScheduleListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the rosters saved in the database, newest first.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let path = database.resolvedPath
        let centre = try database.centre(.read)
        defer { try? centre.close() }
        let rosters = try SchedulingService(centre: centre).rosters()
        let header = ["id", "name", "first_day", "weeks", "people", "shifts", "open_shifts", "violations", "created_at", "created_by"]
        let rows = rosters.map {
            [String($0.id), $0.name, $0.firstDay, String($0.weeks), String($0.people), String($0.shifts), String($0.openShifts),
             String($0.violations), $0.createdAt, $0.createdBy]
        }
        switch output.format {
        case .json: print(JSONOutput.encode(rosters))
        case .csv: print(CSVWriter.encode(header: header, rows: rows), terminator: "")
        case .table:
            if rosters.isEmpty { print("No rosters saved in \(path).") } else { print(TextTable(headers: header, rows: rows).rendered()) }
        }
    }
}
