import Coaching

/// The fields in which two versions of a session differ, by the names people read in errors.
///
/// The store writes one thing at a time (an acknowledgement, a follow-up date); any other
/// difference between the session given and the stored one would be silently dropped, so the
/// writers refuse it instead.
enum CoachingSessionDifference {
    static func fields(from stored: CoachingSession, to given: CoachingSession) -> [String] {
        let fields: [(String, Bool)] = [
            ("coach", stored.coach != given.coach),
            ("agent", stored.agent != given.agent),
            ("date", stored.date != given.date),
            ("start", stored.startMinute != given.startMinute),
            ("minutes", stored.minutes != given.minutes),
            ("format", stored.format != given.format),
            ("channel", stored.channel != given.channel),
            ("evaluations", stored.evaluationIDs != given.evaluationIDs),
            ("criteria", stored.criterionIDs != given.criterionIDs),
            ("shared notes", stored.shared != given.shared),
            ("private notes", stored.privateNotes != given.privateNotes),
            ("follow-up", stored.followUpDue != given.followUpDue),
            ("acknowledgement", stored.acknowledgement != given.acknowledgement),
        ]
        return fields.filter(\.1).map(\.0)
    }
}
