import CivilTime
public import Quality

/// A drawn sample as `headset qa sample` prints it: JSON for scripts, CSV rows for the worklist,
/// a table for people. Every form carries the seed, so the sample can be drawn again.
public struct QaSampleReport {
    public struct JSON: Encodable {
        public let seed: UInt64
        public let plan: Plan
        public let algorithm: String
        public let interactionsFile: String
        /// Candidates offered.
        public let candidates: Int
        /// Strata the candidates fell into (1 for a simple random sample).
        public let strata: Int
        public let selected: [Selected]
        public let shortfalls: [Shortfall]
    }

    public struct Plan: Encodable {
        /// `simple-random` or `stratified`.
        public let kind: String
        /// Simple random: the sample size; stratified: nil.
        public let count: Int?
        /// Stratified: per stratum; simple random: nil.
        public let perStratum: Int?
        /// Stratified: the dimensions (agent, channel, week, month); simple random: empty.
        public let by: [String]
        /// `4 per agent and month`.
        public let description: String
        /// The options that draw this plan again, e.g. `--per 4 --by agent,month`.
        public let options: String

        public enum CodingKeys: String, CodingKey { case kind, count, perStratum, by, description, options }

        // Null rather than missing, so every plan has the same keys.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(count, forKey: .count)
            try container.encode(perStratum, forKey: .perStratum)
            try container.encode(by, forKey: .by)
            try container.encode(description, forKey: .description)
            try container.encode(options, forKey: .options)
        }
    }

    public struct Selected: Encodable {
        public let interaction: String
        public let agent: String
        public let channel: String
        /// YYYY-MM-DD.
        public let date: String
        public let stratum: String
    }

    public struct Shortfall: Encodable {
        public let stratum: String
        public let agent: String?
        public let channel: String?
        public let month: String?
        public let week: String?
        public let available: Int
        public let requested: Int
        public let selected: Int
        /// requested − selected.
        public let shortfall: Int

        public enum CodingKeys: String, CodingKey {
            case stratum, agent, channel, month, week, available, requested, selected, shortfall
        }

        // A dimension the plan does not stratify by is null rather than missing.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(stratum, forKey: .stratum)
            try container.encode(agent, forKey: .agent)
            try container.encode(channel, forKey: .channel)
            try container.encode(month, forKey: .month)
            try container.encode(week, forKey: .week)
            try container.encode(available, forKey: .available)
            try container.encode(requested, forKey: .requested)
            try container.encode(selected, forKey: .selected)
            try container.encode(shortfall, forKey: .shortfall)
        }
    }

    public static let csvHeader = ["interaction", "agent", "channel", "date", "stratum", "available", "requested", "shortfall",
                            "seed", "plan", "algorithm", "candidates"]

    public let sample: InteractionSample<InteractionCandidate>
    public let source: String
    private let strata: [Quality.Stratum: StratumOutcome]

    public init(sample: InteractionSample<InteractionCandidate>, source: String) {
        self.sample = sample
        self.source = source
        self.strata = Dictionary(sample.strata.map { ($0.stratum, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The plan's dimensions, for placing each selected interaction in its stratum.
    private var dimensions: [StratumDimension] {
        if case let .stratified(dimensions, _) = sample.plan { return dimensions }
        return []
    }

    private func stratum(of candidate: InteractionCandidate) -> Quality.Stratum {
        var stratum = Quality.Stratum()
        for dimension in dimensions {
            switch dimension {
            case .agent: stratum.agentId = candidate.agentId
            case .channel: stratum.channel = candidate.channel
            case .isoWeek: stratum.week = ISOWeek(containing: candidate.date)
            case .month: stratum.month = CalendarMonth(containing: candidate.date)
            }
        }
        return stratum
    }

    public static func plan(_ plan: SamplingPlan) -> Plan {
        switch plan {
        case .simpleRandom(let count):
            return Plan(kind: "simple-random", count: count, perStratum: nil, by: [], description: plan.description,
                        options: "--count \(count)")
        case let .stratified(dimensions, perStratum):
            let names = dimensions.map(\.rawValue)
            let options = names == ["agent", "month"]
                ? "--per-agent-month \(perStratum)" : "--per \(perStratum) --by \(names.joined(separator: ","))"
            return Plan(kind: "stratified", count: nil, perStratum: perStratum, by: names, description: plan.description,
                        options: options)
        }
    }

    public var json: JSON {
        JSON(seed: sample.seed, plan: Self.plan(sample.plan), algorithm: sample.algorithm, interactionsFile: source,
             candidates: sample.candidateCount, strata: sample.strata.count,
             selected: sample.selected.map { candidate in
                 Selected(interaction: candidate.interactionId, agent: candidate.agentId, channel: candidate.channel,
                          date: candidate.date.description, stratum: stratum(of: candidate).description)
             },
             shortfalls: sample.shortfalls.map { outcome in
                 let stratum = outcome.stratum
                 return Shortfall(stratum: stratum.description, agent: stratum.agentId, channel: stratum.channel,
                                  month: stratum.month?.description, week: stratum.week?.description,
                                  available: outcome.available, requested: outcome.requested, selected: outcome.selected,
                                  shortfall: outcome.shortfall)
             })
    }

    /// One row per selected interaction; `available`, `requested` and `shortfall` are its
    /// stratum's, so a stratum that fell short shows on each of its rows (a stratum exists only
    /// where there are candidates, so none is left without a row).
    public var csvRows: [[String]] {
        sample.selected.map { candidate in
            let stratum = stratum(of: candidate)
            let outcome = strata[stratum]
            return [candidate.interactionId, candidate.agentId, candidate.channel, candidate.date.description, stratum.description,
                    outcome.map { String($0.available) } ?? "", outcome.map { String($0.requested) } ?? "",
                    outcome.map { String($0.shortfall) } ?? "", String(sample.seed), Self.plan(sample.plan).options, sample.algorithm,
                    String(sample.candidateCount)]
        }
    }

    /// The sample for people: the plan and seed, the interactions, then any shortfalls.
    public var text: String {
        let selected = sample.selected
        var lines = [
            "Sample: \(sample.plan.description), seed \(sample.seed)",
            "\(selected.count) of \(sample.candidateCount) candidate interactions selected"
                + (dimensions.isEmpty ? "" : " from \(sample.strata.count) strat\(sample.strata.count == 1 ? "um" : "a")"),
        ]
        if !selected.isEmpty {
            // A simple random sample has one stratum, all candidates: no column for it.
            let stratified = !dimensions.isEmpty
            let table = TextTable(headers: ["interaction", "agent", "channel", "date"] + (stratified ? ["stratum"] : []),
                                  rows: selected.map { candidate in
                                      [candidate.interactionId, candidate.agentId, candidate.channel, candidate.date.description]
                                          + (stratified ? [stratum(of: candidate).description] : [])
                                  })
            lines += ["", table.rendered()]
        }
        let shortfalls = sample.shortfalls
        if !shortfalls.isEmpty {
            let missing = shortfalls.reduce(0) { $0 + $1.shortfall }
            lines += ["", "Shortfalls: \(shortfalls.count) strat\(shortfalls.count == 1 ? "um has" : "a have") fewer candidates "
                + "than asked for (\(missing) interaction\(missing == 1 ? "" : "s") short in all)"]
            let table = TextTable(headers: ["stratum", "available", "requested", "short"],
                                  rows: shortfalls.map { [$0.stratum.description, String($0.available), String($0.requested),
                                                          String($0.shortfall)] },
                                  alignments: [.left, .right, .right, .right])
            lines += [table.rendered()]
        }
        return lines.joined(separator: "\n")
    }
}
