import CivilTime
import Testing
@testable import Quality

@Suite("Interaction sampling")
struct InteractionSamplerTests {
    /// Three agents over November and December 2026 on two channels; agent c has only two
    /// interactions in November.
    static let candidates: [InteractionCandidate] = {
        var list: [InteractionCandidate] = []
        let november = LocalDate(year: 2026, month: 11, day: 2) ?? LocalDate(dayNumber: 0)
        for (agent, perMonth) in [("a", 12), ("b", 7), ("c", 2)] {
            for month in 0..<2 {
                for i in 0..<(month == 0 ? perMonth : 6) {
                    let date = november.adding(days: month * 31 + i * 2)
                    list.append(InteractionCandidate(interactionId: "\(agent)-\(month)-\(i)", agentId: agent,
                                                     channel: i % 3 == 0 ? "chat" : "voice", date: date))
                }
            }
        }
        return list
    }()

    @Test("a simple random sample has the size asked for, no repeats, and records seed and method")
    func simpleRandom() throws {
        let sample = try InteractionSampler(seed: 42).sample(Self.candidates, plan: .simpleRandom(count: 10))
        #expect(sample.selected.count == 10)
        #expect(Set(sample.selected.map(\.interactionId)).count == 10)
        #expect(sample.selected.allSatisfy { Self.candidates.contains($0) })
        #expect(sample.seed == 42)
        #expect(sample.plan == .simpleRandom(count: 10))
        #expect(sample.algorithm == InteractionSampler.algorithm)
        #expect(sample.candidateCount == Self.candidates.count)
        #expect(sample.strata.map(\.stratum) == [Stratum()])
        #expect(sample.shortfalls.isEmpty)
    }

    @Test("the same seed draws the same sample whatever order the candidates come in")
    func repeatable() throws {
        var generator = Xoshiro256StarStar(seed: 5)
        let shuffled = Self.candidates.shuffled(using: &generator)
        for plan in [SamplingPlan.simpleRandom(count: 9), .monthlyQuota(perAgent: 3),
                     .stratified(by: [.channel, .isoWeek], perStratum: 1)] {
            let first = try InteractionSampler(seed: 2026).sample(Self.candidates, plan: plan)
            let again = try InteractionSampler(seed: 2026).sample(shuffled, plan: plan)
            #expect(first.selected == again.selected)
            #expect(first.strata == again.strata)
        }
        let other = try InteractionSampler(seed: 2027).sample(Self.candidates, plan: .simpleRandom(count: 9))
        let first = try InteractionSampler(seed: 2026).sample(Self.candidates, plan: .simpleRandom(count: 9))
        #expect(other.selected != first.selected)
    }

    @Test("a monthly quota takes the quota per agent per month, all of a short month, and reports the shortfall")
    func monthlyQuota() throws {
        let sample = try InteractionSampler(seed: 1).sample(Self.candidates, plan: .monthlyQuota(perAgent: 4))
        #expect(sample.strata.count == 6)
        for outcome in sample.strata {
            let inStratum = sample.selected.filter {
                $0.agentId == outcome.stratum.agentId && CalendarMonth(containing: $0.date) == outcome.stratum.month
            }
            #expect(inStratum.count == outcome.selected)
        }
        let short = sample.shortfalls
        #expect(short.count == 1)
        #expect(short.first?.stratum.description == "agent c, month 2026-11")
        #expect(short.first?.available == 2)
        #expect(short.first?.selected == 2)
        #expect(short.first?.shortfall == 2)
        #expect(sample.selected.count == 4 * 5 + 2)
    }

    @Test("strata by ISO week split a Sunday from the Monday after it")
    func weeklyStrata() throws {
        let sunday = try #require(LocalDate("2021-01-03")), monday = try #require(LocalDate("2021-01-04"))
        let candidates = (0..<6).map { i in
            InteractionCandidate(interactionId: "x\(i)", agentId: "a", channel: "voice", date: i < 3 ? sunday : monday)
        }
        let sample = try InteractionSampler(seed: 3).sample(candidates, plan: .stratified(by: [.isoWeek], perStratum: 2))
        #expect(sample.strata.map(\.stratum.description) == ["week 2020-W53", "week 2021-W01"])
        #expect(sample.strata.map(\.selected) == [2, 2])
    }

    @Test("strata come out in order of agent, then channel, and selections in id order within them")
    func ordering() throws {
        let sample = try InteractionSampler(seed: 8).sample(Self.candidates, plan: .stratified(by: [.agent, .channel], perStratum: 2))
        #expect(sample.strata.map(\.stratum.description) == [
            "agent a, channel chat", "agent a, channel voice", "agent b, channel chat",
            "agent b, channel voice", "agent c, channel chat", "agent c, channel voice",
        ])
        for outcome in sample.strata {
            let ids = sample.selected.filter { $0.agentId == outcome.stratum.agentId && $0.channel == outcome.stratum.channel }
                .map(\.interactionId)
            #expect(ids == ids.sorted())
        }
    }

    /// Every pair of 4 candidates should be drawn equally often over many seeds: 6 pairs, 6,000 draws.
    @Test("every subset of the requested size is equally likely")
    func uniformSubsets() throws {
        let four = Array(Self.candidates.prefix(4))
        var counts: [String: Int] = [:]
        for seed in 0..<6_000 {
            let sample = try InteractionSampler(seed: UInt64(seed)).sample(four, plan: .simpleRandom(count: 2))
            counts[sample.selected.map(\.interactionId).joined(separator: "+"), default: 0] += 1
        }
        #expect(counts.count == 6)
        // χ² with 5 degrees of freedom stays below 20.5 with probability 0.999.
        let chiSquare = counts.values.reduce(0.0) { $0 + (Double($1) - 1_000) * (Double($1) - 1_000) / 1_000 }
        #expect(chiSquare < 20.5, "\(counts)")
    }

    @Test("asking for more than there are takes everything and reports the shortfall")
    func moreThanAvailable() throws {
        let sample = try InteractionSampler(seed: 1).sample(Array(Self.candidates.prefix(3)), plan: .simpleRandom(count: 5))
        #expect(sample.selected.count == 3)
        #expect(sample.shortfalls.first?.shortfall == 2)
        let empty = try InteractionSampler(seed: 1).sample([InteractionCandidate](), plan: .simpleRandom(count: 5))
        #expect(empty.selected.isEmpty)
        #expect(empty.shortfalls.first?.shortfall == 5)
    }

    @Test("plans that cannot be drawn and duplicate ids are named")
    func errors() {
        let sampler = InteractionSampler(seed: 1)
        #expect(throws: SamplingError.self) { try sampler.sample(Self.candidates, plan: .simpleRandom(count: 0)) }
        #expect(throws: SamplingError.self) { try sampler.sample(Self.candidates, plan: .stratified(by: [], perStratum: 2)) }
        #expect(throws: SamplingError.self) {
            try sampler.sample(Self.candidates, plan: .stratified(by: [.agent, .agent], perStratum: 2))
        }
        #expect(throws: SamplingError.self) { try sampler.sample(Self.candidates, plan: .monthlyQuota(perAgent: 0)) }
        #expect(throws: SamplingError.duplicateCandidate(interactionId: "a-0-0")) {
            try sampler.sample(Self.candidates + [Self.candidates[0]], plan: .simpleRandom(count: 2))
        }
    }

    @Test("plans describe themselves for the record")
    func planDescriptions() {
        #expect(SamplingPlan.monthlyQuota(perAgent: 4).description == "4 per agent and month")
        #expect(SamplingPlan.simpleRandom(count: 50).description == "simple random sample of 50")
    }
}
