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
              headset qa report --xlsx qa.xlsx --from 2026-09-01 --to 2026-11-30
              headset qa report --xlsx team.xlsx --as jonas.simkus          # Jonas's team only
              headset qa report --agent ieva.petraityte --month 2026-11 --format json

            --as PERSON limits the report to the people PERSON may view on the last day reported: \
            themself and everyone below them (everyone with manage-structure or evaluate-all). \
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

    @Option(name: .customLong("minimum-sample"), help: ArgumentHelp("Flag agents with fewer evaluations (default 5).",
                                                                     valueName: "n"))
    var minimumSample = 5

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if xlsx == nil && agent == nil { throw ValidationError("give --xlsx FILE, or --agent PERSON --month YYYY-MM") }
        if (agent == nil) != (month == nil) { throw ValidationError("--agent and --month go together") }
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
        let store = centre.database
        let organization = try centre.organization()
        let viewerKey = try viewer.map { try QaStore.person($0, in: organization) }
        if let agent, let month, let chosen = Self.month(month) {
            try agentMonth(agent: try QaStore.person(agent, in: organization), month: chosen, viewer: viewerKey,
                           organization: organization, centre: centre)
        }
        if let xlsx { try workbook(to: xlsx, viewer: viewerKey, organization: organization, store: store) }
    }

    private func agentMonth(agent: String, month: CalendarMonth, viewer: String?, organization: Organization,
                            centre: Centre) throws {
        let report: AgentMonthReport
        if let viewer {
            report = try QualityService(centre: centre).agentMonth(agent, month: month,
                                                                   readBy: Actor(person: viewer, operatorName: database.resolvedActor))
        } else {
            report = try centre.database.read("reading the agent's month") { db in
                try QualityRepository.agentMonthSummary(agent: agent, month: month, in: db)
            }
        }
        let summary = report.summary
        switch output.format {
        case .json: print(JSONOutput.encode(AgentMonthJSON(report)))
        case .csv, .table:
            print("\(QaStore.name(agent, in: organization)), \(month): \(summary.evaluations) evaluations, mean score "
                + (summary.meanScore.map { NumberText.oneDecimal($0) } ?? "—") + ", passed "
                + (summary.passPercent.map { NumberText.oneDecimal($0) + " %" } ?? "—"))
        }
    }

    private func workbook(to path: String, viewer: String?, organization: Organization, store: HeadsetDatabase) throws {
        let first = from.flatMap(LocalDate.init), last = to.flatMap(LocalDate.init)
        let asOf = last ?? LocalDate(Date(), in: .current)
        let permissions = Permissions(organization: organization, asOf: asOf)
        var visible: Set<String>?
        if let viewer {
            guard permissions.snapshot.member(viewer) != nil else {
                throw CommandError("not allowed: \(QaStore.name(viewer, in: organization)) is not in the organisation on \(asOf)")
            }
            visible = Set(organization.people.map(\.key).filter { permissions.may(actor: viewer, .view, on: $0).isAllowed })
        }
        let rows = try store.read("reading evaluations") { db in
            try QualityRepository.reportRows(from: first, to: last, agents: visible, in: db)
        }
        let cards = try store.read("reading scorecards") { db in try QualityRepository.scorecards(in: db) }
        let notes = ["QA report" + (viewer.map { " as seen by \(QaStore.name($0, in: organization))" } ?? "")
            + ": \(rows.count) evaluations (drafts and self-evaluations left out)"
            + (first.map { " from \($0)" } ?? "") + (last.map { " to \($0)" } ?? "") + "; teams as of \(asOf)."]
        let report = Self.report(rows: rows, cards: cards, organization: organization, asOf: asOf, minimumSample: minimumSample,
                                 notes: notes)
        var options = WorkbookOptions()
        options.constantMemory = rows.count > 20_000
        try Workbook.write(to: URL(fileURLWithPath: path), options: options) { workbook in
            try QaSheets.add(to: workbook, report: report)
        }
        print("Wrote \(rows.count) evaluations (\(QaSheets.sheetNames.joined(separator: ", "))) to \(path)")
    }

    /// The workbook's input: names from the organisation, teams (the supervisor's name) as of `asOf`.
    static func report(rows: [QualityReportRow], cards: [Scorecard], organization: Organization, asOf: LocalDate,
                       minimumSample: Int, notes: [String]) -> QaReport {
        let snapshot = OrgSnapshot(organization: organization, asOf: asOf)
        return QaReport(evaluations: rows.map { row in
            QaEvaluationRow(id: row.key, date: row.date, agent: row.agent, agentName: QaStore.name(row.agent, in: organization),
                            team: snapshot.manager(of: row.agent)?.person.displayName ?? "",
                            evaluatorName: QaStore.name(row.evaluator, in: organization),
                            scorecard: "\(row.scorecardKey) v\(row.scorecardVersion)", channel: row.channel, status: row.status,
                            score: row.score, passed: row.passed, criticalErrors: row.criticalErrors, criteria: row.criteria)
        }, criteria: criteria(of: cards, used: rows), minimumSample: minimumSample, notes: notes)
    }

    /// Criteria by stable id in card order (newest version first), only those answered.
    static func criteria(of cards: [Scorecard], used rows: [QualityReportRow]) -> [QaReport.CriterionColumn] {
        let answered = Set(rows.flatMap(\.criteria.keys))
        var seen: Set<String> = []
        var columns: [QaReport.CriterionColumn] = []
        for card in cards.sorted(by: { ($0.key, -$0.version) < ($1.key, -$1.version) }) {
            for (_, criterion) in card.criteria where answered.contains(criterion.id) && seen.insert(criterion.id).inserted {
                columns.append(.init(id: criterion.id, label: criterion.label.text))
            }
        }
        return columns
    }
}
