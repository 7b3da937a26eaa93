import HeadsetServices
import ArgumentParser
import Foundation
import Storage

/// `headset init`: creates the database, or migrates an older one after backing it up.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database, or migrate an older one (a backup is written beside it first).")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    @Option(name: .customLong("time-zone"), help: ArgumentHelp(
        "The centre's time zone, an IANA name (default: kept if set, else this machine's zone, recorded so it never changes silently).",
        valueName: "zone"))
    var timeZone: String?

    func validate() throws {
        if let timeZone, TimeZone(identifier: timeZone) == nil {
            throw ValidationError("--time-zone: unknown time zone '\(timeZone)' (use an IANA name such as Europe/Vilnius)")
        }
    }

    /// The JSON shape of `headset init --format json`.
    struct Report: Encodable {
        let database: String
        let created: Bool
        let previousSchemaVersion: Int
        let schemaVersion: Int
        let backupPath: String?
        /// The centre's time zone (setting centre.time_zone).
        let timeZone: String

        enum CodingKeys: String, CodingKey { case database, created, previousSchemaVersion, schemaVersion, backupPath, timeZone }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(database, forKey: .database)
            try container.encode(created, forKey: .created)
            try container.encode(previousSchemaVersion, forKey: .previousSchemaVersion)
            try container.encode(schemaVersion, forKey: .schemaVersion)
            try container.encode(backupPath, forKey: .backupPath)
            try container.encode(timeZone, forKey: .timeZone)
        }
    }

    func run() throws {
        let path = database.resolvedPath
        let centre = try database.centre(.create)
        let outcome = centre.opening
        let zone = try CentreSettings(centre: centre).recordTimeZone(timeZone, operatorName: database.resolvedActor)
        try centre.close()
        let report = Report(database: path, created: outcome.created, previousSchemaVersion: outcome.previousVersion,
                            schemaVersion: outcome.currentVersion, backupPath: outcome.backupPath, timeZone: zone)
        let summary: String
        if outcome.created {
            summary = "created"
        } else if outcome.migrated {
            summary = "migrated from \(outcome.previousVersion)"
        } else {
            summary = "up to date"
        }
        let table = TextTable(
            headers: ["database", "status", "schema_version", "backup", "time_zone"],
            rows: [[path, summary, String(outcome.currentVersion), outcome.backupPath ?? "", zone]])
        OutputPrinter.print(table, json: report, format: output.format)
    }
}
