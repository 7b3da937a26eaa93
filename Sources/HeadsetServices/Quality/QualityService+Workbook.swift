public import CivilTime
public import Organization
public import Quality
public import Reports
public import Storage

extension QualityService {
    /// The QA workbook's report for `audience` over evaluations in `range` (drafts and
    /// self-evaluations left out): a person sees each evaluation they may view on its
    /// interaction's day, as `qa show` does; the operator everything. Teams are managers on the
    /// range's last day, never later than today.
    public func workbookReport(for audience: ReportAudience, range: DateRange, minimumSample: Int) throws -> QaReport {
        try translatingErrors {
            let organization = try centre.organization()
            let asOf = min(range.to ?? centre.today, centre.today)
            var heading = "QA report"
            var (rows, cards) = try centre.database.read("reading evaluations") { db in
                (try QualityRepository.reportRows(from: range.from, to: range.to, agents: nil, in: db),
                 try QualityRepository.scorecards(in: db))
            }
            if let reader = audience.person {
                var access = Authorization(organization: organization)
                guard access.permissions(on: asOf).snapshot.member(reader) != nil else {
                    throw ServiceError.notAllowed(Refusal(
                        actor: reader, action: "view", subject: "QA report", date: asOf,
                        reason: "\(access.name(reader)) is not in the organisation on \(asOf)"))
                }
                rows = rows.filter { access.allows(reader, .view, on: $0.agent, date: $0.date) }
                heading += " as seen by \(access.name(reader))"
            }
            let notes = [heading + ": \(rows.count) evaluations (drafts and self-evaluations left out)"
                + (range.from.map { " from \($0)" } ?? "") + (range.to.map { " to \($0)" } ?? "") + "; teams as of \(asOf)."]
            return Self.report(rows: rows, cards: cards, organization: organization, asOf: asOf, minimumSample: minimumSample,
                               notes: notes)
        }
    }

    /// The workbook's input: names from the organisation, teams (the supervisor's name) as of `asOf`.
    public static func report(rows: [QualityReportRow], cards: [Scorecard], organization: Organization, asOf: LocalDate,
                              minimumSample: Int, notes: [String]) -> QaReport {
        let snapshot = OrgSnapshot(organization: organization, asOf: asOf)
        func name(_ key: String) -> String { organization.person(key)?.displayName ?? key }
        return QaReport(evaluations: rows.map { row in
            QaEvaluationRow(id: row.key, date: row.date, agent: row.agent, agentName: name(row.agent),
                            team: snapshot.manager(of: row.agent)?.person.displayName ?? "",
                            evaluatorName: name(row.evaluator),
                            scorecard: "\(row.scorecardKey) v\(row.scorecardVersion)", channel: row.channel, status: row.status,
                            score: row.score, passed: row.passed, criticalErrors: row.criticalErrors, criteria: row.criteria)
        }, criteria: criteria(of: cards, used: rows), minimumSample: minimumSample, notes: notes)
    }

    /// The criterion columns: every criterion some row answered, newest card version's label first.
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
