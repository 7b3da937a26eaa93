import HeadsetServices
import ArgumentParser

/// `headset coach`: coaching sessions, action items, acknowledgement, follow-ups and their effect.
struct CoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "Coaching: sessions tied to evaluations, action items, acknowledgement, follow-ups and their effect.",
        discussion: """
            Only the agent's supervisors (anyone above them in the hierarchy on the session's day) \
            write or read sessions; the agent reads the shared part of their own and acknowledges \
            it. Everything is audited. See docs/coaching.md.
            """,
        subcommands: [CoachAddCommand.self, CoachListCommand.self, CoachShowCommand.self, CoachAckCommand.self,
                      CoachItemCommand.self, CoachDoneCommand.self, CoachFollowUpCommand.self, CoachExportCommand.self])
}
