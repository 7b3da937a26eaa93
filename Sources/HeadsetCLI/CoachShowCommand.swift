import ArgumentParser
import CivilTime
import Coaching
import Foundation
import Interchange
import Organization
import Storage

/// `headset coach show --session ID --as PERSON`: one session as PERSON may read it (the agent:
/// without the private notes), its action items and the effect on its criteria so far.
struct CoachShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a coaching session, its action items and its effect so far (the agent sees no private notes).")

    @Option(name: .long, help: ArgumentHelp("Session id.", valueName: "id"))
    var session: String

    @Option(name: .customLong("as"), help: ArgumentHelp("Whose view: key or display name.", valueName: "person"))
    var viewer: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    struct JSON: Encodable {
        let session: String
        let date: String
        let agent: String
        let coach: String
        let format: String
        let channel: String?
        let minutes: Int
        let evaluations: [String]
        let criteria: [String]
        let strengths: String
        let opportunities: String
        let agreedActions: String
        let privateNotes: String?
        let acknowledgedAt: String?
        let acknowledgementComment: String?
        let followUpDue: String?
        let actionItems: [[String: String]]
        let effect: [Effect]
    }

    struct Effect: Encodable {
        let criterion: String
        let beforeMean: Double?
        let beforeCount: Int
        let afterMean: Double?
        let afterCount: Int
        let change: Double?
    }

    func run() throws {
        let store = try QaStore.open(database)
        defer { try? store.close() }
        let organization = try QaStore.organization(store)
        let reader = try QaStore.person(viewer, in: organization)
        guard let found = try store.read("reading the session", { db in try CoachingRepository.session(id: session, in: db) }) else {
            throw CommandError("no coaching session '\(session)'")
        }
        let access = try CoachAccess.of(reader, session: found, organization: organization)
        let policy = CoachingPolicy.standard
        let (items, observations) = try store.read("reading items and scores") { db in
            (try CoachingRepository.items(sessionID: found.id, in: db),
             try CoachingRepository.observations(agents: [found.agent], criteria: Set(found.criterionIDs),
                                                 from: found.date.adding(days: -policy.effectWindowDays),
                                                 to: found.date.adding(days: policy.effectWindowDays), in: db))
        }
        let effects = CoachingEffect.measure([found], observations: observations, policy: policy)
        let json = JSON(
            session: found.id, date: found.date.description, agent: found.agent, coach: found.coach, format: found.format.rawValue,
            channel: found.channel, minutes: found.minutes, evaluations: found.evaluationIDs, criteria: found.criterionIDs,
            strengths: found.shared.strengths, opportunities: found.shared.opportunities, agreedActions: found.shared.agreedActions,
            privateNotes: access == .full ? found.privateNotes : nil,
            acknowledgedAt: found.acknowledgement.map { ISO8601DateFormatter().string(from: $0.at) },
            acknowledgementComment: found.acknowledgement?.comment, followUpDue: found.followUpDue?.description,
            actionItems: items.map { ["item": $0.id, "owner": $0.owner, "text": $0.text, "due": $0.due.description, "status": $0.status.name] },
            effect: effects.map { Effect(criterion: $0.criterionID, beforeMean: $0.beforeMean, beforeCount: $0.beforeCount,
                                         afterMean: $0.afterMean, afterCount: $0.afterCount, change: $0.change) })
        switch output.format {
        case .json: print(JSONOutput.encode(json))
        case .csv, .table:
            print("Coaching session \(found.id): \(QaStore.name(found.agent, in: organization)) coached by "
                + "\(QaStore.name(found.coach, in: organization)) on \(found.date), \(found.minutes) min \(found.format.rawValue)")
            if !found.criterionIDs.isEmpty { print("Criteria: \(found.criterionIDs.joined(separator: ", "))") }
            if !found.evaluationIDs.isEmpty { print("Evaluations: \(found.evaluationIDs.joined(separator: ", "))") }
            print("Strengths: \(found.shared.strengths)")
            print("Opportunities: \(found.shared.opportunities)")
            print("Agreed actions: \(found.shared.agreedActions)")
            if access == .full, !found.privateNotes.isEmpty { print("Private notes: \(found.privateNotes)") }
            print(found.acknowledgement.map { "Acknowledged: \($0.comment)" } ?? "Not acknowledged yet")
            for item in items { print("  [\(item.status.name)] \(item.text) — \(QaStore.name(item.owner, in: organization)), due \(item.due)") }
            for effect in effects {
                let before = effect.beforeMean.map { String(format: "%.0f %%", $0 * 100) } ?? "—"
                let after = effect.afterMean.map { String(format: "%.0f %%", $0 * 100) } ?? "—"
                print("Effect on \(effect.criterionID): \(before) before (n=\(effect.beforeCount)) → \(after) after (n=\(effect.afterCount))"
                    + (effect.isSmallSample(policy) ? " — small sample" : ""))
            }
        }
    }
}
