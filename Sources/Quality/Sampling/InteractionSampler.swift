/// Draws interactions for evaluation, repeatably: the same seed, plan and candidates always give
/// the same sample, whatever order the candidates arrive in.
///
/// ```swift
/// let sampler = InteractionSampler(seed: 20_261_123)
/// let sample = try sampler.sample(candidates, plan: .monthlyQuota(perAgent: 4))
/// sample.selected            // the interactions to evaluate
/// sample.shortfalls          // agents with fewer than 4 interactions that month
/// sample.seed                // record it with the sample
/// ```
///
/// Method (``algorithm``): candidates are put in interaction id order and grouped into strata,
/// taken in ascending order; one xoshiro256** generator seeded with `seed` then draws each
/// stratum's share by a partial Fisher–Yates shuffle (Knuth, TAOCP vol. 2, 3.4.2, Algorithm P,
/// stopped after the first k positions) with Lemire's unbiased bounded integers. Every subset of
/// the requested size is equally likely within a stratum.
public struct InteractionSampler: Sendable {
    /// Names the method so a recorded sample says how it was drawn; change it with the method.
    public static let algorithm = "headset-sampler-1: xoshiro256** seeded by SplitMix64; "
        + "candidates in interaction id order, strata ascending; partial Fisher-Yates with Lemire bounded draws"

    public let seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    public func sample<Candidate: SamplingCandidate>(
        _ candidates: [Candidate], plan: SamplingPlan
    ) throws(SamplingError) -> InteractionSample<Candidate> {
        let (dimensions, perStratum) = try Self.validated(plan)
        let ordered = candidates.sorted { $0.interactionId < $1.interactionId }
        for (previous, next) in zip(ordered, ordered.dropFirst()) where previous.interactionId == next.interactionId {
            throw .duplicateCandidate(interactionId: next.interactionId)
        }

        let groups = Dictionary(grouping: ordered) { Stratum(of: $0, by: dimensions) }
        var generator = Xoshiro256StarStar(seed: seed)
        var selected: [Candidate] = []
        var outcomes: [StratumOutcome] = []
        // With no candidates, simple random sampling still reports its one (empty) stratum.
        let strata = groups.isEmpty && dimensions.isEmpty ? [Stratum()] : groups.keys.sorted()
        for stratum in strata {
            let members = groups[stratum] ?? []
            let drawn = Self.draw(perStratum, from: members, using: &generator)
            selected += drawn
            outcomes.append(StratumOutcome(stratum: stratum, available: members.count,
                                           requested: perStratum, selected: drawn.count))
        }
        return InteractionSample(seed: seed, plan: plan, algorithm: Self.algorithm,
                                 candidateCount: candidates.count, selected: selected, strata: outcomes)
    }

    /// `count` members without replacement, in their given order; all of them when too few.
    private static func draw<Candidate>(_ count: Int, from members: [Candidate],
                                        using generator: inout Xoshiro256StarStar) -> [Candidate] {
        guard count < members.count else { return members }
        var positions = Array(members.indices)
        for i in 0..<count {
            let j = i + Int(generator.uniform(below: UInt64(members.count - i)))
            positions.swapAt(i, j)
        }
        return positions[..<count].sorted().map { members[$0] }
    }

    private static func validated(_ plan: SamplingPlan) throws(SamplingError) -> ([StratumDimension], Int) {
        switch plan {
        case .simpleRandom(let count):
            guard count >= 1 else {
                throw .invalidParameter(name: "sample size", value: "\(count)", requirement: "must be at least 1")
            }
            return ([], count)
        case let .stratified(dimensions, perStratum):
            guard perStratum >= 1 else {
                throw .invalidParameter(name: "per stratum", value: "\(perStratum)", requirement: "must be at least 1")
            }
            guard !dimensions.isEmpty else {
                throw .invalidParameter(name: "strata", value: "none",
                                        requirement: "name at least one of agent, channel, week, month")
            }
            guard Set(dimensions).count == dimensions.count else {
                throw .invalidParameter(name: "strata", value: dimensions.map(\.rawValue).joined(separator: ","),
                                        requirement: "each dimension once")
            }
            return (dimensions, perStratum)
        }
    }
}
