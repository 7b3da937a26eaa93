import HeadsetServices
import ArgumentParser

/// The `headset` command: workforce management and quality assurance for contact centres.
struct Headset: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "headset",
        abstract: "Workforce management and quality assurance for contact centres.",
        discussion: """
            Data lives in an SQLite database: --database PATH, else $HEADSET_DATABASE, \
            else ./headset.sqlite. Exit codes: 0 ok, 1 input error, 2 usage error, 3 internal error.
            """,
        version: HeadsetVersion.current,
        subcommands: [InitCommand.self, HistoryCommand.self, ForecastCommand.self, StaffingCommand.self, DeferredCommand.self,
                      ScheduleCommand.self, OrgCommand.self, QaCommand.self, CoachCommand.self, UserCommand.self, DemoCommand.self,
                      AuditCommand.self]
    )
}
