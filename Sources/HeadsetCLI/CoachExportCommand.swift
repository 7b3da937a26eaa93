import ArgumentParser
import CivilTime
import Coaching
import Foundation
import HeadsetServices
import Interchange
import Organization
import Quality
import Reports
import Storage
import Workbook

/// `headset coach export --xlsx coaching.xlsx`: the coaching log (shared notes only), action
/// items and the before/after effect per criterion; `--activities` the coaching time as roster
/// activities.
struct CoachExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Coaching workbook (log, action items, effect per criterion) and coaching time as roster activities.",
        discussion: """
            Examples:
              headset coach export --xlsx coaching.xlsx --as jonas.simkus
              headset coach export --activities coaching.csv --from 2026-12-07 --to 2026-12-20
              headset schedule roster … --activities coaching.csv      # coaching time off the phones

            The workbook holds the notes shared with agents, never private notes. --as PERSON \
            limits it to sessions PERSON may read. The effect compares each coached agent's \
            scores on the session's criteria in the --window days before and after it (drafts \
            and self-evaluations left out). Sessions without a start time cannot be booked on a \
            roster and are listed, not exported, as activities.
            """)

    @Option(name: .long, help: ArgumentHelp("Workbook to write.", valueName: "path"))
    var xlsx: String?

    @Option(name: .long, help: ArgumentHelp("Coaching time as roster activities (CSV).", valueName: "path"))
    var activities: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Whose view: key or display name.", valueName: "person"))
    var viewer: String?

    @Option(name: .long, help: ArgumentHelp("First session day, YYYY-MM-DD.", valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Last session day, YYYY-MM-DD.", valueName: "date"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Days before and after a session that count for its effect (default 60).",
                                            valueName: "days"))
    var window = CoachingPolicy.standard.effectWindowDays

    @Option(name: .customLong("acknowledge-within"), help: ArgumentHelp("Days an agent has to acknowledge (default 5).",
                                                                          valueName: "days"))
    var acknowledgeWithin = CoachingPolicy.standard.acknowledgementDays

    @Option(name: .long, help: ArgumentHelp("The day to judge deadlines on (default today).", valueName: "date"))
    var today: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if xlsx == nil && activities == nil { throw ValidationError("give --xlsx FILE and/or --activities FILE.csv") }
        for date in [from, to, today].compactMap({ $0 }) where LocalDate(date) == nil {
            throw ValidationError("dates must be YYYY-MM-DD, got '\(date)'")
        }
        try UserFacingError.validating { _ = try DateRange(from: from.flatMap(LocalDate.init), to: to.flatMap(LocalDate.init)) }
        if window < 1 { throw ValidationError("--window must be 1 day or more") }
    }

    func run() throws {
        let store = try QaStore.open(database)
        defer { try? store.close() }
        let organization = try QaStore.organization(store)
        let reader = try viewer.map { try QaStore.person($0, in: organization) }
        let day = today.flatMap(LocalDate.init) ?? LocalDate(Date(), in: .current)
        let policy = CoachingPolicy(acknowledgementDays: acknowledgeWithin, effectWindowDays: window)
        let (all, items, cards) = try store.read("reading coaching") { db in
            (try CoachingRepository.sessions(from: from.flatMap(LocalDate.init), to: to.flatMap(LocalDate.init), in: db),
             try CoachingRepository.items(in: db), try QualityRepository.scorecards(in: db))
        }
        let sessions = reader.map { CoachAccess.readable(by: $0, all, organization: organization) } ?? all
        if let activities { try writeActivities(sessions, to: activities) }
        guard let xlsx else { return }
        let report = try Self.report(sessions: sessions, items: items, cards: cards, store: store, organization: organization,
                                     policy: policy, today: day,
                                     heading: "Coaching" + (reader.map { " as seen by \(QaStore.name($0, in: organization))" } ?? ""))
        try Workbook.write(to: URL(fileURLWithPath: xlsx)) { workbook in try CoachingSheets.add(to: workbook, report: report) }
        print("Wrote \(sessions.count) sessions (\(CoachingSheets.sheetNames.joined(separator: ", "))) to \(xlsx)")
    }

    /// The workbook's input: sessions (shared notes only), their items, and the effect on their
    /// criteria from the stored evaluations within `policy.effectWindowDays`.
    static func report(sessions: [CoachingSession], items: [ActionItem], cards: [Scorecard], store: HeadsetDatabase,
                       organization: Organization, policy: CoachingPolicy, today day: LocalDate, heading: String) throws -> CoachingReport {
        let window = policy.effectWindowDays
        let observations = try store.read("reading scores") { db -> [CriterionObservation] in
            guard let first = sessions.map(\.date).min(), let last = sessions.map(\.date).max() else { return [] }
            return try CoachingRepository.observations(agents: Set(sessions.map(\.agent)), criteria: Set(sessions.flatMap(\.criterionIDs)),
                                                       from: first.adding(days: -window), to: last.adding(days: window), in: db)
        }
        let labels = Dictionary(cards.flatMap { card in card.criteria.map { ($0.criterion.id, $0.criterion.label.text) } },
                                uniquingKeysWith: { first, _ in first })
        let ids = Set(sessions.map(\.id))
        let agentOf = Dictionary(uniqueKeysWithValues: sessions.map { ($0.id, $0.agent) })
        return CoachingReport(
            sessions: sessions.map { session in
                CoachingLogRow(id: session.id, date: session.date, agent: session.agent, agentName: QaStore.name(session.agent, in: organization),
                               coachName: QaStore.name(session.coach, in: organization), format: session.format.rawValue,
                               channel: session.channel, criteria: session.criterionIDs, linkedEvaluations: session.evaluationIDs.count,
                               strengths: session.shared.strengths, opportunities: session.shared.opportunities,
                               agreedActions: session.shared.agreedActions,
                               acknowledgedOn: session.acknowledgement.map { LocalDate($0.at, in: .current) },
                               acknowledgementComment: session.acknowledgement?.comment,
                               acknowledgementDue: session.acknowledgementDue(policy), minutes: session.minutes)
            },
            actionItems: items.filter { ids.contains($0.sessionID) }.map { item in
                let closed: LocalDate? = switch item.status {
                case .open: nil
                case .done(let on), .cancelled(let on): on
                }
                return CoachingItemRow(sessionId: item.sessionID, agentName: QaStore.name(agentOf[item.sessionID] ?? "", in: organization),
                                       ownerName: QaStore.name(item.owner, in: organization), text: item.text, due: item.due,
                                       status: item.status.name, doneOn: closed)
            },
            effects: CoachingEffect.measure(sessions, observations: observations, policy: policy).map { effect in
                CoachingEffectRow(criterion: effect.criterionID, label: labels[effect.criterionID] ?? effect.criterionID,
                                  beforeMean: effect.beforeMean, beforeCount: effect.beforeCount, afterMean: effect.afterMean,
                                  afterCount: effect.afterCount)
            },
            today: day,
            notes: ["\(heading): \(sessions.count) sessions; notes shared with agents only (private notes are never exported). "
                + "Effect: each coached agent's answers on the session's criteria in the \(window) days before the session day "
                + "against the \(window) days after it (the day itself in neither), pooled over sessions; drafts and "
                + "self-evaluations left out. A before/after comparison shows whether scores moved, not that coaching moved them: a "
                + "criterion chosen because it scored low tends to rise anyway (regression to the mean)."])
    }

    private func writeActivities(_ sessions: [CoachingSession], to path: String) throws {
        let placed = sessions.filter { $0.startMinute != nil }
        let rows = placed.map(CoachingActivity.init).map { activity in
            [activity.person, activity.date.description, activity.startMinute.map { String(format: "%02d:%02d", $0 / 60, $0 % 60) } ?? "",
             String(activity.minutes), activity.activity]
        }
        try CSVWriter.write(header: ["person", "date", "start", "minutes", "activity"], rows: rows, to: URL(fileURLWithPath: path))
        print("Wrote \(rows.count) coaching activities to \(path)"
            + (placed.count < sessions.count ? " (\(sessions.count - placed.count) sessions without a start time left out)" : ""))
    }
}
