import CivilTime
import Coaching
import Testing

/// Before/after means per criterion, by hand: windows exclude the session day, pool answers over
/// sessions, count each side, and flag small samples.
@Suite("Coaching effect")
struct CoachingEffectTests {
    static let day = LocalDate("2026-10-15")!

    static func observation(_ agent: String, _ criterion: String, _ offset: Int, _ fraction: Double) -> CriterionObservation {
        CriterionObservation(agent: agent, criterionID: criterion, date: day.adding(days: offset), fraction: fraction)
    }

    @Test("before = the window before the session day, after = the window after it; other agents and criteria ignored")
    func byHand() throws {
        let session = try CoachingSession(id: "s", coach: "boss", agent: "ana", date: Self.day, minutes: 20, format: .oneToOne,
                                          criterionIDs: ["empathy", "discovery"], shared: .init())
        let observations = [
            Self.observation("ana", "empathy", -10, 0.5), Self.observation("ana", "empathy", -3, 0),
            Self.observation("ana", "empathy", 0, 0.2),          // the session day: neither side
            Self.observation("ana", "empathy", 5, 1), Self.observation("ana", "empathy", 9, 0.5), Self.observation("ana", "empathy", 20, 1),
            Self.observation("ana", "empathy", -61, 0), Self.observation("ana", "empathy", 61, 0),   // outside the 60-day windows
            Self.observation("ivo", "empathy", 5, 0),             // another agent
            Self.observation("ana", "greeting", 5, 0),            // another criterion
            Self.observation("ana", "discovery", -1, 1 / 3.0),
        ]
        let effects = CoachingEffect.measure([session], observations: observations)
        #expect(effects.map(\.criterionID) == ["empathy", "discovery"])
        let empathy = effects[0]
        #expect(empathy.beforeCount == 2 && empathy.beforeMean == 0.25)
        #expect(empathy.afterCount == 3 && abs((empathy.afterMean ?? 0) - 2.5 / 3) < 1e-12)
        #expect(abs((empathy.change ?? 0) - (2.5 / 3 - 0.25)) < 1e-12)
        #expect(empathy.sessions == 1)
        #expect(empathy.isSmallSample(.standard))
        let discovery = effects[1]
        #expect(discovery.beforeCount == 1 && discovery.afterCount == 0 && discovery.afterMean == nil && discovery.change == nil)
    }

    @Test("two sessions pool their answers; the window is the policy's")
    func pooled() throws {
        let first = try CoachingSession(id: "a", coach: "boss", agent: "ana", date: Self.day, minutes: 20, format: .oneToOne,
                                        criterionIDs: ["empathy"], shared: .init())
        let second = try CoachingSession(id: "b", coach: "boss", agent: "ivo", date: Self.day, minutes: 20, format: .oneToOne,
                                         criterionIDs: ["empathy"], shared: .init())
        let observations = (1...5).flatMap { offset in
            [Self.observation("ana", "empathy", -offset, 0.4), Self.observation("ana", "empathy", offset, 0.8),
             Self.observation("ivo", "empathy", -offset, 0.6), Self.observation("ivo", "empathy", offset, 0.6)]
        }
        let policy = CoachingPolicy(effectWindowDays: 3, minimumSample: 5)
        let effect = try #require(CoachingEffect.measure([first, second], observations: observations, policy: policy).first)
        #expect(effect.beforeCount == 6 && effect.afterCount == 6, "3 days a side × 2 agents")
        #expect(abs((effect.beforeMean ?? 0) - 0.5) < 1e-12 && abs((effect.afterMean ?? 0) - 0.7) < 1e-12)
        #expect(!effect.isSmallSample(policy))
        #expect(effect.sessions == 2)
    }
}
