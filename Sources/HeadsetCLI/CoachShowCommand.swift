import ArgumentParser
import CivilTime
import Coaching
import Foundation
import Interchange
import Organization
import HeadsetServices

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

    func run() throws {
        let centre = try database.centre(.read)
        defer { try? centre.close() }
        let organization = try centre.organization()
        let reader = try database.actor(viewer, field: "reader", in: organization)
        let view = try CoachingService(centre: centre).session(session, readBy: reader)
        let found = view.session
        let policy = CoachingPolicy.standard
        switch output.format {
        case .json: print(JSONOutput.encode(CoachingSessionReport(view)))
        case .csv: print(CSVWriter.encode(header: ["field", "value"], rows: CoachingSessionReport(view).csvRows), terminator: "")
        case .table:
            print("Coaching session \(found.id): \(QaStore.name(found.agent, in: organization)) coached by "
                + "\(QaStore.name(found.coach, in: organization)) on \(found.date), \(found.minutes) min \(found.format.rawValue)")
            if !found.criterionIDs.isEmpty { print("Criteria: \(found.criterionIDs.joined(separator: ", "))") }
            if !found.evaluationIDs.isEmpty { print("Evaluations: \(found.evaluationIDs.joined(separator: ", "))") }
            if view.isHeaderOnly {
                print("Notes: withheld (you own an action item of this session, not the session)")
            } else {
                print("Strengths: \(found.notes.strengths)")
                print("Opportunities: \(found.notes.opportunities)")
                print("Agreed actions: \(found.notes.agreedActions)")
            }
            if let notes = view.privateNotes, !notes.isEmpty { print("Private notes: \(notes)") }
            print(found.acknowledgement.map { "Acknowledged: \($0.comment)" } ?? "Not acknowledged yet")
            for item in view.items {
                print("  [\(item.status.name)] \(item.text) — \(QaStore.name(item.owner, in: organization)), due \(item.due)")
            }
            for effect in view.effects {
                let before = effect.beforeMean.map { String(format: "%.0f %%", $0 * 100) } ?? "—"
                let after = effect.afterMean.map { String(format: "%.0f %%", $0 * 100) } ?? "—"
                print("Effect on \(effect.criterionID): \(before) before (n=\(effect.beforeCount)) → \(after) after (n=\(effect.afterCount))"
                    + (effect.isSmallSample(policy) ? " — small sample" : ""))
            }
        }
    }
}
