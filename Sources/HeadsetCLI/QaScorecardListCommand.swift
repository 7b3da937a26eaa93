import HeadsetServices
import ArgumentParser
import Foundation
import Interchange
import Quality
import Storage

/// `headset qa scorecard list`: the scorecard versions in the database.
struct QaScorecardListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the scorecard versions in the database.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    struct Line: Encodable {
        let key: String
        let version: Int
        let status: String
        let title: String
        let channels: [String]
        let sections: Int
        let criteria: Int
        let passMark: Double?
    }

    func run() throws {
        let centre = try database.centre(.read)
        defer { try? centre.close() }
        let cards = try QualityService(centre: centre).scorecards()
        let lines = cards.map {
            Line(key: $0.key, version: $0.version, status: $0.status.rawValue, title: $0.title.text,
                 channels: $0.channels.map(\.rawValue).sorted(), sections: $0.sections.count, criteria: $0.criteria.count,
                 passMark: $0.passMark)
        }
        let header = ["key", "version", "status", "title", "channels", "sections", "criteria", "pass_mark"]
        let rows = lines.map {
            [$0.key, String($0.version), $0.status, $0.title, $0.channels.joined(separator: ";"), String($0.sections),
             String($0.criteria), $0.passMark.map(NumberText.short) ?? ""]
        }
        switch output.format {
        case .json: print(JSONOutput.encode(lines))
        case .csv: print(CSVWriter.encode(header: header, rows: rows), terminator: "")
        case .table: print(lines.isEmpty ? "No scorecards stored." : TextTable(headers: header, rows: rows).rendered())
        }
    }
}
