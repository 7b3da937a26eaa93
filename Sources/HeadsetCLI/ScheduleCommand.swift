import ArgumentParser

/// `headset schedule`: shift plans from requirements and shift templates.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Plan shifts (how many of each kind to start each day, COIN-OR CBC); check rosters against working-time rules.",
        discussion: "Shift files, the model, JSON keys and figures: docs/scheduling.md.",
        subcommands: [SchedulePlanCommand.self, ScheduleRosterCommand.self, ScheduleCheckCommand.self])
}
