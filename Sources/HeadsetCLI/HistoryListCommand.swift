import HeadsetServices
import ArgumentParser
import Foundation
import Storage

/// `headset history list`: what history the database holds, per channel.
struct HistoryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List stored interval history per channel: first and last interval start (UTC), rows, interval length.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    /// The JSON shape of one channel.
    struct ChannelJSON: Encodable {
        let channel: String
        let intervalSeconds: Int
        let firstStart: String
        let lastStart: String
        let rows: Int
    }

    func run() throws {
        let centre = try database.centre(.read)
        defer { try? centre.close() }
        let channels = try HistoryService(centre: centre).summaries()
        let json = channels.map { summary in
            ChannelJSON(channel: summary.channel, intervalSeconds: summary.intervalSeconds,
                        firstStart: HistoryTime.text(summary.first), lastStart: HistoryTime.text(summary.last),
                        rows: summary.rows)
        }
        let table = TextTable(
            headers: ["channel", "interval_seconds", "first_start", "last_start", "rows"],
            rows: json.map { [$0.channel, String($0.intervalSeconds), $0.firstStart, $0.lastStart, String($0.rows)] },
            alignments: [.left, .right, .left, .left, .right])
        OutputPrinter.print(table, json: json, format: output.format)
    }
}
