import CivilTime

/// The effect of coaching on one criterion: the coached agents' mean share of the criterion's
/// points in the window before their sessions and in the window after, with the sample sizes.
///
/// For each session and each criterion it worked on, "before" takes that agent's answers on the
/// criterion in the `effectWindowDays` before the session day, "after" those from the day after
/// the session to `effectWindowDays` later; the session day itself counts in neither (the
/// session is often about that day's calls). Answers are pooled over sessions, so the means are
/// per answer. This is a before/after comparison, not a controlled trial: it shows whether the
/// scores moved, not that coaching moved them.
public struct CoachingEffect: Hashable, Sendable {
    public let criterionID: String
    public let beforeMean: Double?
    public let beforeCount: Int
    public let afterMean: Double?
    public let afterCount: Int
    public let sessions: Int

    /// After − before, when both sides have answers.
    public var change: Double? {
        guard let beforeMean, let afterMean else { return nil }
        return afterMean - beforeMean
    }

    /// Either side below the policy's minimum sample.
    public func isSmallSample(_ policy: CoachingPolicy) -> Bool {
        beforeCount < policy.minimumSample || afterCount < policy.minimumSample
    }

    /// Effects per criterion of `sessions`, from `observations` (any agents, any criteria), in
    /// the order criteria first appear in the sessions.
    public static func measure(_ sessions: [CoachingSession], observations: [CriterionObservation],
                               policy: CoachingPolicy = .standard) -> [CoachingEffect] {
        var byAgentCriterion: [String: [CriterionObservation]] = [:]
        for observation in observations { byAgentCriterion[key(observation.agent, observation.criterionID), default: []].append(observation) }
        var order: [String] = []
        var tallies: [String: Tally] = [:]
        for session in sessions {
            let start = session.date.adding(days: -policy.effectWindowDays), end = session.date.adding(days: policy.effectWindowDays)
            for criterion in session.criterionIDs {
                if tallies[criterion] == nil { order.append(criterion) }
                var tally = tallies[criterion, default: Tally()]
                tally.sessions += 1
                for observation in byAgentCriterion[key(session.agent, criterion)] ?? [] {
                    if observation.date >= start && observation.date < session.date {
                        tally.before.add(observation.fraction)
                    } else if observation.date > session.date && observation.date <= end {
                        tally.after.add(observation.fraction)
                    }
                }
                tallies[criterion] = tally
            }
        }
        return order.map { criterion in
            let tally = tallies[criterion, default: Tally()]
            return CoachingEffect(criterionID: criterion, beforeMean: tally.before.mean, beforeCount: tally.before.count,
                                  afterMean: tally.after.mean, afterCount: tally.after.count, sessions: tally.sessions)
        }
    }

    /// Running sums of one side of a criterion.
    private struct Side {
        var sum = 0.0
        var count = 0

        mutating func add(_ fraction: Double) {
            sum += fraction
            count += 1
        }

        var mean: Double? { count > 0 ? sum / Double(count) : nil }
    }

    private struct Tally {
        var before = Side()
        var after = Side()
        var sessions = 0
    }

    private static func key(_ agent: String, _ criterion: String) -> String { agent + "\u{1F}" + criterion }
}
