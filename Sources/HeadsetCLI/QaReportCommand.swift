import ArgumentParser
import CivilTime
import Foundation
import HeadsetServices
import Interchange
import Organization
import Quality
import Reports
import Storage
import Workbook

/// `headset qa report`: the QA workbook, or one agent's month, from the database — only what the
/// person asking (`--as`) may see: a supervisor their team, an agent themself.
struct QaReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "QA workbook (evaluations, agents, criteria, trend) or one agent's month, within what --as may see.",
        discussion: """
            Examples:
              headset qa report --xlsx qa.xlsx --all --from 2026-09-01 --to 2026-11-30
              headset qa report --xlsx team.xlsx --as jonas.simkus          # Jonas's team only
              headset qa report --agent ieva.petraityte --month 2026-11 --format json

            --as PERSON limits the report to the people PERSON may view on the last day reported: \
            themself and everyone below them (everyone with manage-structure or evaluate-all). \
            --all exports everything: whoever can write the database file administers the centre. \
            The agent month (JSON keys: agent, month, evaluations, scored, mean_score, \
            pass_percent, critical_accuracy, criteria) is computed in SQL.
            """)

    @Option(name: .long, help: ArgumentHelp("Workbook to write.", valueName: "path"))
    var xlsx: String?

    @Option(name: .long, help: ArgumentHelp("One agent's month (with --month): key or display name.", valueName: "person"))
    var agent: String?

    @Option(name: .long, help: ArgumentHelp("YYYY-MM, with --agent.", valueName: "month"))
    var month: String?

    @Option(name: .long, help: ArgumentHelp("First interaction date, YYYY-MM-DD.", valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Last interaction date, YYYY-MM-DD.", valueName: "date"))
    var to: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Whose view: key or display name.", valueName: "person"))
    var viewer: String?

    @Flag(name: .long, help: "Export every evaluation (the database's operator); without it --xlsx needs --as.")
    var all = false

    @Option(name: .customLong("minimum-sample"), help: ArgumentHelp("Flag agents with fewer evaluations.",
                                                                     valueName: "n"))
    var minimumSample = 5

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if xlsx == nil && agent == nil { throw ValidationError("give --xlsx FILE, or --agent PERSON --month YYYY-MM") }
        if (agent == nil) != (month == nil) { throw ValidationError("--agent and --month go together") }
        if !(1...1000).contains(minimumSample) { throw ValidationError("--minimum-sample must be 1 to 1000, got \(minimumSample)") }
        if xlsx != nil && viewer == nil && !all {
            throw ValidationError("--xlsx: give --as PERSON to export what they may see, or --all to export everything")
        }
        if all && viewer != nil { throw ValidationError("--all and --as exclude each other") }
        if let month, Self.month(month) == nil { throw ValidationError("--month must be YYYY-MM, got '\(month)'") }
        for date in [from, to].compactMap({ $0 }) where LocalDate(date) == nil {
            throw ValidationError("dates must be YYYY-MM-DD, got '\(date)'")
        }
        try UserFacingError.validating { _ = try DateRange(from: from.flatMap(LocalDate.init), to: to.flatMap(LocalDate.init)) }
    }

    static func month(_ text: String) -> CalendarMonth? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), let day = LocalDate(year: year, month: month, day: 1)
        else { return nil }
        return CalendarMonth(containing: day)
    }

    func run() throws {
        let centre = try database.centre(.read)
        defer { try? centre.close() }
        let organization = try centre.organization()
        let viewerKey = try viewer.map { try QaStore.person($0, in: organization) }
        if let agent, let month, let chosen = Self.month(month) {
            try agentMonth(agent: try QaStore.person(agent, in: organization), month: chosen, viewer: viewerKey,
                           organization: organization, centre: centre)
        }
        if let xlsx { try workbook(to: xlsx, viewer: viewerKey, organization: organization, centre: centre) }
    }

    private func agentMonth(agent: String, month: CalendarMonth, viewer: String?, organization: Organization,
                            centre: Centre) throws {
        let audience: ReportAudience = viewer.map { .person(Actor(person: $0, operatorName: database.resolvedActor)) }
            ?? .everything(operatorName: database.resolvedActor)
        let report = try QualityService(centre: centre).agentMonth(agent, month: month, for: audience)
        let summary = report.summary
        switch output.format {
        case .json: print(JSONOutput.encode(AgentMonthJSON(report)))
        case .csv: print(CSVWriter.encode(header: AgentMonthJSON.csvHeader, rows: AgentMonthJSON(report).csvRows), terminator: "")
        case .table:
            print("\(QaStore.name(agent, in: organization)), \(month): \(summary.evaluations) evaluations, mean score "
                + (summary.meanScore.map { NumberText.oneDecimal($0) } ?? "—") + ", passed "
                + (summary.passPercent.map { NumberText.oneDecimal($0) + " %" } ?? "—"))
        }
    }

    private func workbook(to path: String, viewer: String?, organization: Organization, centre: Centre) throws {
        let audience: ReportAudience = viewer.map { .person(Actor(person: $0, operatorName: database.resolvedActor)) }
            ?? .everything(operatorName: database.resolvedActor)
        let range = try DateRange(from: from.flatMap(LocalDate.init), to: to.flatMap(LocalDate.init))
        let report = try QualityService(centre: centre).workbookReport(for: audience, range: range, minimumSample: minimumSample)
        var options = WorkbookOptions()
        options.constantMemory = report.evaluations.count > 20_000
        try Workbook.write(to: URL(fileURLWithPath: path), options: options) { workbook in
            try QaSheets.add(to: workbook, report: report)
        }
        print("Wrote \(report.evaluations.count) evaluations (\(QaSheets.sheetNames.joined(separator: ", "))) to \(path)")
    }
}
