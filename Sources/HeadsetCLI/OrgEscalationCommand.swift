import HeadsetServices
import ArgumentParser
import Organization

/// `headset org escalation PERSON`: where a matter raised by a person goes, step by step.
struct OrgEscalationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalation",
        abstract: "Show where a matter a person raises escalates on a day, step by step to the top.",
        discussion: """
            From each person the escalation rule for their role leads up the reporting line to \
            the first person in the rule's target role; without a rule (or with nobody in that \
            role above) it goes to the direct manager. PERSON is a key or a display name.
            """)

    @Argument(help: ArgumentHelp("The person: key or display name.", valueName: "person"))
    var person: String

    @OptionGroup var view: OrgViewOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let org = try view.view(database)
        let found = try PersonLookup.person(person, in: org.organization)
        guard let chain = org.snapshot.escalationChain(for: found.key) else {
            throw CommandError("\(found.label) is not in the organisation on \(org.date)")
        }
        let report = OrgEscalationReport(chain: chain, view: org)
        if output.format == .table { print("Escalation from \(found.label) on \(org.date):") }
        OutputPrinter.print(report.table, csv: report.csvTable, json: report, format: output.format)
    }
}
