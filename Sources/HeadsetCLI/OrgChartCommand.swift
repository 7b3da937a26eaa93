import HeadsetServices
import ArgumentParser
import Organization
import Reports

/// `headset org chart`: the reporting tree on a day, as text, Mermaid or Graphviz.
struct OrgChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Print the org chart on a day: an indented tree (text), a Mermaid flowchart or a Graphviz digraph.",
        discussion: """
            Examples:
              headset org chart --as-of 2027-03-01 --locale lt
              headset org chart --format mermaid > org.mmd
              headset org chart --format dot | dot -Tsvg > org.svg

            People are sorted by name in the locale's alphabetical order (in Lithuanian Y comes \
            between I and J, in Norwegian Æ Ø Å after Z); titles are shown in that language. \
            Vacant positions appear under the manager they report to.
            """)

    @OptionGroup var view: OrgViewOptions

    @Option(help: ArgumentHelp("Chart format: text, mermaid or dot.", valueName: "format"))
    var format: ChartFormatArgument = .text

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let org = try view.view(database)
        if org.snapshot.headcount == 0 {
            printError("headset: note: nobody is in the organisation on \(org.date)")
        }
        let chart = OrgChartWriter.write(org.snapshot, locale: org.locale, format: format.format)
        if !chart.isEmpty { print(chart) }
    }
}
