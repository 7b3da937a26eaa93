import HeadsetServices
import ArgumentParser

/// `headset history`: the interval history forecasts are made from.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Import and list interval history: contacts offered per channel and interval.",
        discussion: "File layouts, time-zone rules and errors: docs/history.md.",
        subcommands: [HistoryImportCommand.self, HistoryListCommand.self])
}
