import HeadsetServices
import ArgumentParser

/// `headset org`: job families, roles, titles, people and reporting lines.
struct OrgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Import, chart, show and export the organisation: titles, people and effective-dated reporting lines.",
        discussion: "File layouts, rules and examples: docs/organization.md.",
        subcommands: [OrgImportCommand.self, OrgChartCommand.self, OrgShowCommand.self, OrgEscalationCommand.self,
                      OrgExportCommand.self])
}
