import HeadsetServices
import ArgumentParser
import Forecasting
import Foundation
import Interchange
import Storage

/// `headset history import`: reads an interval history CSV, checks it, and stores it in one
/// transaction (or, with `--dry-run`, shows what would change).
struct HistoryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import interval history (contacts offered, handled, abandoned, AHT per interval) from CSV.",
        discussion: """
            Accepted columns, timestamp forms and time-zone rules: docs/history.md. Re-importing the \
            same file changes nothing; changed values replace stored ones and are audited.
            """)

    @Argument(help: ArgumentHelp("The CSV file to import.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp(
        "Channel of rows without a channel or queue column (channel names are trimmed and lower-cased: Phone is phone).",
        valueName: "name"))
    var channel = "phone"

    @Option(name: .customLong("time-zone"), help: ArgumentHelp(
        "The centre's IANA time zone: timestamps without a zone are local time here (default: the centre.time_zone setting, else UTC).",
        valueName: "zone"))
    var timeZone: String?

    @Flag(name: .customLong("local-times"), help: "Timestamps ending in Z are the centre's local clock, not UTC.")
    var localTimes = false

    @Option(help: ArgumentHelp(
        "Re-aggregate to this planning interval before storing, in minutes (e.g. 15, 30, 60).", valueName: "minutes"))
    var interval: Int?

    @Option(name: .customLong("source-interval"), help: ArgumentHelp(
        "The file's interval length in minutes: 5, 10, 15, 20, 30 or 60 (default: detected from the timestamps).",
        valueName: "minutes"))
    var sourceInterval: Int?

    @Flag(help: "Skip bad rows and list them (line and reason) instead of failing.")
    var lenient = false

    @Flag(name: .long, help: "Create the database when it does not exist yet (otherwise only headset init creates one).")
    var create = false

    @Flag(name: .customLong("dry-run"), help: "Read and check the file and show what would change; store nothing.")
    var dryRun = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard !channel.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--channel must not be empty")
        }
        if let interval, interval <= 0 || 1_440 % interval != 0 {
            throw ValidationError("--interval must divide a day into whole intervals (5, 10, 15, 20, 30, 60 … minutes), got \(interval)")
        }
        if let sourceInterval, !IntervalHistoryReader.allowedIntervalSeconds.contains(sourceInterval * 60) {
            throw ValidationError("--source-interval must be 5, 10, 15, 20, 30 or 60 minutes, got \(sourceInterval)")
        }
        if let timeZone, TimeZone(identifier: timeZone) == nil {
            throw ValidationError("--time-zone: unknown time zone '\(timeZone)' (use an IANA name such as Europe/Vilnius)")
        }
    }

    func run() throws {
        let path = database.resolvedPath
        // A database that does not exist yet has no settings; it is created (with --create)
        // only once the file has been read without errors, so a bad file leaves nothing behind.
        let exists = FileManager.default.fileExists(atPath: path)
        // Without --create a missing database is refused before the file is read (as writableCentre says).
        var centre = exists || (!create && !dryRun) ? try database.writableCentre(create: false) : nil
        defer { try? centre?.close() }
        let setting = timeZone ?? centre?.timeZoneSetting
        let (zone, zoneName) = try Centre.timeZone(setting: setting)

        var history = try IntervalHistoryReader.read(contentsOf: URL(fileURLWithPath: file), options: IntervalHistoryOptions(
            defaultChannel: ChannelName.normalized(channel), timeZone: zone, treatZAsLocal: localTimes,
            intervalSeconds: sourceInterval.map { $0 * 60 }, lenient: lenient, now: Date()))
        if let interval {
            history = try history.aggregated(toSeconds: interval * 60, timeZone: zone)
        }
        let summary: IntervalHistoryImportSummary
        if centre == nil && dryRun {
            summary = HistoryService.rehearseIntoNewCentre(history)
        } else {
            if centre == nil { centre = try database.writableCentre(create: true, timeZone: zoneName) }
            summary = try HistoryService(centre: centre!).importHistory(history, dryRun: dryRun, operatorName: database.resolvedActor)
        }
        print(Report(history: history, summary: summary, timeZone: zoneName, localTimes: localTimes, dryRun: dryRun))
    }

    private func print(_ report: Report) {
        let table = TextTable(
            headers: ["channel", "interval_seconds", "first_start", "last_start", "rows", "inserted", "updated",
                      "unchanged", "skipped"],
            rows: report.channels.map { channel in
                [channel.channel, String(channel.intervalSeconds), channel.firstStart ?? "", channel.lastStart ?? "",
                 String(channel.rows), String(channel.inserted), String(channel.updated), String(channel.unchanged),
                 String(channel.skipped)]
            },
            alignments: [.left, .right, .left, .left, .right, .right, .right, .right, .right])
        switch output.format {
        case .table:
            Swift.print(report.headline)
            Swift.print(table.rendered())
            if !report.skippedRows.isEmpty {
                let skipped = TextTable(headers: ["line", "channel", "reason"],
                                        rows: report.skippedRows.map { [String($0.line), $0.channel, $0.reason] },
                                        alignments: [.right, .left, .left])
                Swift.print("\nSkipped rows:")
                Swift.print(skipped.rendered())
            }
            if dryRun { Swift.print("\nDry run: nothing was stored.") }
        case .json, .csv:
            OutputPrinter.print(table, json: report, format: output.format)
            if output.format == .csv {
                for row in report.skippedRows {
                    printError("headset: warning: \(report.source):\(row.line): skipped: \(row.reason)")
                }
            }
        }
    }

    /// The JSON shape of `headset history import --format json`.
    struct Report: Encodable {
        let source: String
        let dryRun: Bool
        let timeZone: String
        let localTimes: Bool
        let sourceIntervalSeconds: Int
        let intervalSeconds: Int
        let rowsRead: Int
        let inserted: Int
        let updated: Int
        let unchanged: Int
        let skipped: Int
        let channels: [ChannelJSON]
        let skippedRows: [SkippedRowJSON]

        init(history: IntervalHistoryFile, summary: IntervalHistoryImportSummary, timeZone: String, localTimes: Bool,
             dryRun: Bool) {
            source = history.source
            self.dryRun = dryRun
            self.timeZone = timeZone
            self.localTimes = localTimes
            sourceIntervalSeconds = history.sourceIntervalSeconds
            intervalSeconds = history.intervalSeconds
            rowsRead = history.rowCount
            inserted = summary.inserted
            updated = summary.updated
            unchanged = summary.unchanged
            skipped = history.skippedRows.count
            // One pass, no copies: the first and last start and the count of each channel.
            var spans: [String: (first: Date, last: Date, rows: Int)] = [:]
            for observation in history.observations {
                if let span = spans[observation.channel] {
                    spans[observation.channel] = (min(span.first, observation.start), max(span.last, observation.start), span.rows + 1)
                } else {
                    spans[observation.channel] = (observation.start, observation.start, 1)
                }
            }
            let counts = Dictionary(summary.channels.map { ($0.channel, $0) }, uniquingKeysWith: { first, _ in first })
            channels = history.channels.map { name in
                let span = spans[name]
                let count = counts[name]
                return ChannelJSON(channel: name, intervalSeconds: history.intervalSeconds,
                                   firstStart: span.map { HistoryTime.text($0.first) },
                                   lastStart: span.map { HistoryTime.text($0.last) }, rows: span?.rows ?? 0,
                                   inserted: count?.inserted ?? 0, updated: count?.updated ?? 0,
                                   unchanged: count?.unchanged ?? 0,
                                   skipped: history.skippedRows.filter { $0.channel == name }.count)
            }
            skippedRows = history.skippedRows.map { SkippedRowJSON(line: $0.line, channel: $0.channel, reason: $0.reason) }
        }

        /// One line for people above the table.
        var headline: String {
            var line = "\(source): \(rowsRead) rows of \(sourceIntervalSeconds / 60)-minute intervals"
            if intervalSeconds != sourceIntervalSeconds { line += ", stored as \(intervalSeconds / 60)-minute intervals" }
            line += "; times read in \(timeZone)"
            if localTimes { line += " (Z read as local time)" }
            return line
        }
    }

    struct ChannelJSON: Encodable {
        let channel: String
        let intervalSeconds: Int
        let firstStart: String?
        let lastStart: String?
        let rows: Int
        let inserted: Int
        let updated: Int
        let unchanged: Int
        let skipped: Int

        enum CodingKeys: String, CodingKey {
            case channel, intervalSeconds, firstStart, lastStart, rows, inserted, updated, unchanged, skipped
        }

        /// Written out so a channel whose every row was skipped has `null` starts, not missing keys.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(channel, forKey: .channel)
            try container.encode(intervalSeconds, forKey: .intervalSeconds)
            try container.encode(firstStart, forKey: .firstStart)
            try container.encode(lastStart, forKey: .lastStart)
            try container.encode(rows, forKey: .rows)
            try container.encode(inserted, forKey: .inserted)
            try container.encode(updated, forKey: .updated)
            try container.encode(unchanged, forKey: .unchanged)
            try container.encode(skipped, forKey: .skipped)
        }
    }

    struct SkippedRowJSON: Encodable {
        let line: Int
        let channel: String
        let reason: String
    }
}
