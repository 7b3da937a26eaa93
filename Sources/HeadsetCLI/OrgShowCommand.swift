import HeadsetServices
import ArgumentParser
import Organization

/// `headset org show PERSON`: one person on a day: title, role, family, manager, reports, span,
/// and the history of their titles and managers.
struct OrgShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one person: title, role, job family, manager, reports and span on a day, and their history.",
        discussion: """
            PERSON is a key or a display name, ignoring case and diacritics ("ana.zemaite", \
            "Ana Žemaitė", "ana zemaite"); a name that fits several people is an error that lists them.
            """)

    @Argument(help: ArgumentHelp("The person: key or display name.", valueName: "person"))
    var person: String

    @OptionGroup var view: OrgViewOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let org = try view.view(database)
        let found = try PersonLookup.person(person, in: org.organization)
        let report = OrgPersonReport(person: found, view: org)
        switch output.format {
        case .table:
            print(report.headline)
            print(report.factsTable.rendered())
            print("\nHistory:")
            print(report.historyTable.rendered())
        case .json, .csv:
            OutputPrinter.print(report.factsTable, csv: report.csvTable, json: report, format: output.format)
        }
    }
}
