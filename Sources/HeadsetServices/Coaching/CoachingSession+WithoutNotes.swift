import Coaching

extension CoachingSession {
    /// The shared view with every note emptied: what an action item's owner who is not above
    /// the agent may see of the session.
    var withoutNotes: SharedCoachingSession {
        (try? CoachingSession(id: id, coach: coach, agent: agent, date: date, startMinute: startMinute, minutes: minutes,
                              format: format, channel: channel, shared: CoachingNotes()).sharedView)
            ?? sharedView
    }
}
