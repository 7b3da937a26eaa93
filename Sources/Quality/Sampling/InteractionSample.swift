/// A drawn QA sample with what it takes to draw it again: the seed, the plan and the algorithm.
public struct InteractionSample<Candidate: SamplingCandidate>: Sendable {
    /// The seed the sample was drawn with; the same seed, plan and candidates give the same sample.
    public let seed: UInt64
    public let plan: SamplingPlan
    /// ``InteractionSampler/algorithm`` at the time of drawing.
    public let algorithm: String
    /// Candidates offered.
    public let candidateCount: Int
    /// The interactions drawn, stratum by stratum (in ``strata`` order), in interaction id order
    /// within a stratum.
    public let selected: [Candidate]
    /// Every stratum, ascending; simple random sampling has the single stratum "all candidates".
    public let strata: [StratumOutcome]

    /// Strata that had fewer candidates than asked for.
    public var shortfalls: [StratumOutcome] { strata.filter { $0.shortfall > 0 } }
}

extension InteractionSample: Equatable where Candidate: Equatable {}
