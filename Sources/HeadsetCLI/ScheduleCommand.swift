import HeadsetServices
import ArgumentParser

/// `headset schedule`: shift plans from requirements and shift templates.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Plan shifts (COIN-OR CBC), roster named people, check rosters against working-time rules, export them.",
        discussion: "Shift files, the model, JSON keys and figures: docs/scheduling.md.",
        subcommands: [SchedulePlanCommand.self, ScheduleRosterCommand.self, ScheduleCheckCommand.self, ScheduleExportCommand.self,
                      ScheduleListCommand.self])
}
