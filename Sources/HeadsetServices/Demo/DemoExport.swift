import CivilTime
import Coaching
public import Foundation
import Organization
public import Reports
import Scheduling
public import Storage
import Workbook

/// Reads the demo database and writes the demo workbook: one sheet per capability that exists.
public enum DemoExport {
    /// Writes the workbook and returns its sheet names in order.
    public static func write(from centre: Centre, databasePath: String, forecast: DemoForecast.Sample,
                      staffing: DemoStaffing.Sample, shifts: DemoShifts.Sample, email: DemoEmail.Sample,
                      roster: DemoRoster.Sample, quality: DemoQuality.Sample, coaching: DemoCoaching.Sample,
                      to url: URL) throws -> [String] {
        let store = centre.database
        let snapshot = try store.read("reading the demo centre") { db in
            (settings: try SettingsRepository.all(in: db),
             audit: try AuditLog.entries(in: db),
             version: try SchemaInfo.version(in: db),
             history: try IntervalHistoryRepository.summary(in: db),
             organization: try OrganizationRepository.load(in: db),
             roster: try RosterRepository.load(id: nil, in: db),
             evaluations: try QualityRepository.reportRows(in: db),
             scorecards: try QualityRepository.scorecards(in: db))
        }
        let settings = Dictionary(snapshot.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
        let timeZone = settings[SettingsRepository.Key.timeZone] ?? "UTC"
        let locale = settings[SettingsRepository.Key.locale] ?? "en"
        let today = centre.today
        let organization = OrgSnapshot(organization: snapshot.organization, asOf: today)
        let overview = CentreOverview(
            centreName: settings[SettingsRepository.Key.centreName] ?? "Headset demo",
            timeZone: timeZone, locale: locale,
            generatedAt: Date(), headsetVersion: HeadsetVersion.current,
            databasePath: databasePath, schemaVersion: snapshot.version,
            facts: [("Forecast", forecast.description), ("Staffing", staffing.description),
                    ("Shift plan", shifts.description), ("Roster", roster.description), ("Email backlog", email.description),
                    ("Organisation", DemoOrganization.description(organization, locale: locale)),
                    ("Quality", quality.description), ("Coaching", coaching.description)]
                + snapshot.history.map { summary in
                    ("Stored history", "channel \(summary.channel): \(summary.rows) intervals of "
                        + "\(summary.intervalSeconds / 60) min, \(HistoryTime.text(summary.first)) – "
                        + "\(HistoryTime.text(summary.last)) (headset history list)")
                })
        guard let stored = snapshot.roster else { throw DemoError.invalidData("the demo database has no roster") }
        // Forecast, then the staffing of that forecast, its shifts, the roster of the organisation's
        // agents (as stored), the (synthetic) email backlog, then the organisation, then the audit log.
        let contents = ForecastSheets.summaries(includingAccuracy: true) + StaffingSheets.summaries
            + ShiftPlanSheets.summaries + RosterSheets.summaries + [DeferredBacklogSheet.summary()]
            + OrganizationSheets.summaries + QaSheets.summaries + CoachingSheets.summaries + [AuditLogSheet.summary]
        var options = WorkbookOptions()
        options.timeZone = TimeZone(identifier: timeZone) ?? options.timeZone
        try Workbook.write(to: url, options: options) { workbook in
            try workbook.setProperties(DocumentProperties(
                title: "Headset demo: \(overview.centreName)", subject: "Contact centre workforce management and QA",
                author: "Headset \(HeadsetVersion.current)", company: overview.centreName,
                keywords: "WFM, QA, contact centre, Headset"))
            try OverviewSheet.add(to: workbook, overview: overview, contents: contents)
            try ForecastSheets.add(to: workbook, plan: forecast.plan, accuracy: forecast.accuracy)
            try StaffingSheets.add(to: workbook, plan: staffing.plan)
            try ShiftPlanSheets.add(to: workbook, plan: shifts.plan, notes: shifts.notes, service: shifts.service)
            try RosterSheets.add(to: workbook, roster: stored.document,
                                 notes: [RosterSheets.describe(stored.document) + " Stored as roster \(stored.id)."])
            try DeferredBacklogSheet.add(to: workbook, plan: email.plan, clock: email.clock, notes: email.notes)
            try OrganizationSheets.add(to: workbook, snapshot: organization, locale: locale)
            let qa = QualityService.report(
                rows: snapshot.evaluations, cards: snapshot.scorecards, organization: snapshot.organization, asOf: today, minimumSample: 5,
                notes: ["SYNTHETIC evaluations (the bank data has no recordings): \(quality.description). Drafts and "
                    + "self-evaluations left out; teams as of \(today)."])
            try QaSheets.add(to: workbook, report: qa)
            let (sessions, items) = try store.read("reading coaching") { db in
                (try CoachingRepository.sessions(in: db), try CoachingRepository.items(in: db))
            }
            try CoachingSheets.add(to: workbook, report: try CoachingService(centre: centre).report(
                sessions: sessions, items: items, cards: snapshot.scorecards, organization: snapshot.organization,
                policy: .standard, today: today, heading: "SYNTHETIC coaching (following the synthetic evaluations)"))
            try AuditLogSheet.add(to: workbook, records: snapshot.audit.map(AuditRecord.init))
        }
        return [OverviewSheet.name] + contents.map(\.sheetName)
    }
}

extension AuditRecord {
    public init(_ entry: AuditEntry) {
        self.init(id: Int(entry.id ?? 0), occurredAt: entry.occurredAt, actor: entry.actor, entity: entry.entity,
                  entityKey: entry.entityKey, action: entry.action.rawValue, before: entry.beforeJSON, after: entry.afterJSON)
    }
}
