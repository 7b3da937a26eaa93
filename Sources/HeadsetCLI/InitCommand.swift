import HeadsetServices
import ArgumentParser
import Storage

/// `headset init`: creates the database, or migrates an older one after backing it up.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database, or migrate an older one (a backup is written beside it first).")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    /// The JSON shape of `headset init --format json`.
    struct Report: Encodable {
        let database: String
        let created: Bool
        let previousSchemaVersion: Int
        let schemaVersion: Int
        let backupPath: String?
    }

    func run() throws {
        let path = database.resolvedPath
        let (store, outcome) = try database.open()
        try store.close()
        let report = Report(database: path, created: outcome.created, previousSchemaVersion: outcome.previousVersion,
                            schemaVersion: outcome.currentVersion, backupPath: outcome.backupPath)
        let summary: String
        if outcome.created {
            summary = "created"
        } else if outcome.migrated {
            summary = "migrated from \(outcome.previousVersion)"
        } else {
            summary = "up to date"
        }
        let table = TextTable(
            headers: ["database", "status", "schema_version", "backup"],
            rows: [[path, summary, String(outcome.currentVersion), outcome.backupPath ?? ""]])
        OutputPrinter.print(table, json: report, format: output.format)
    }
}
