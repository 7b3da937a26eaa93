import HeadsetServices
import ArgumentParser
import Foundation
import Interchange
import Quality

/// `headset qa sample --interactions FILE.csv --count N | --per-agent-month N | --per N --by …`:
/// draws the interactions to evaluate, repeatably from a seed.
struct QaSampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Draw interactions to evaluate: a simple random sample, a quota per agent and month, or per stratum.",
        discussion: """
            Examples:
              headset qa sample --interactions interactions.csv --per-agent-month 4 --out sample.csv
              headset qa sample --interactions interactions.csv --count 50 --seed 20261123
              headset qa sample --interactions interactions.csv --per 2 --by agent,channel,week --format json

            The CSV lists the candidates: interaction (or interaction_id, id), agent, channel, date \
            (YYYY-MM-DD, or an ISO date-time whose date is taken as written). Give exactly one plan: \
            --count N draws N from all candidates; --per-agent-month N draws N per agent per \
            calendar month; --per N --by DIMENSIONS draws N from every group of candidates sharing \
            the listed dimensions (agent, channel, week = ISO week, month). A group with fewer \
            candidates than asked gives all it has and is reported as a shortfall, not an error. \
            Without --seed a seed is drawn and printed: the same seed, plan and file (rows in any \
            order) give the same sample. JSON: seed, plan, algorithm, candidates, strata, selected, \
            shortfalls; CSV and --out: one row per selected interaction with its stratum and the \
            seed. See docs/quality.md.
            """)

    @Option(name: .long, help: ArgumentHelp("Candidate interactions CSV: interaction, agent, channel, date.", valueName: "path"))
    var interactions: String

    @Option(name: .long, help: ArgumentHelp("Draw this many interactions from all candidates (simple random sample).",
                                            valueName: "interactions"))
    var count: Int?

    @Option(name: .customLong("per-agent-month"),
            help: ArgumentHelp("Draw this many interactions per agent per calendar month.", valueName: "interactions"))
    var perAgentMonth: Int?

    @Option(name: .long, help: ArgumentHelp("Draw this many interactions per stratum (with --by).", valueName: "interactions"))
    var per: Int?

    @Option(name: .long, help: ArgumentHelp("Strata for --per: a comma-separated list of agent, channel, week, month.",
                                            valueName: "dimensions"))
    var by: String?

    @Option(name: .long, help: ArgumentHelp("Seed of the random draw, 0 to 18446744073709551615 (default: drawn and printed).",
                                            valueName: "number"))
    var seed: UInt64?

    @Option(name: .long, help: ArgumentHelp("Also write the sample as CSV to this file; replaced only once complete.",
                                            valueName: "path"))
    var out: String?

    @OptionGroup var output: FormatOption

    func validate() throws {
        _ = try plan()
    }

    /// The plan the options ask for; exactly one of --count, --per-agent-month, --per with --by.
    func plan() throws -> SamplingPlan {
        let given = [count.map { _ in "--count" }, perAgentMonth.map { _ in "--per-agent-month" }, per.map { _ in "--per" }]
            .compactMap { $0 }
        guard given.count == 1 else {
            throw ValidationError(given.isEmpty
                ? "give a plan: --count N, --per-agent-month N, or --per N --by agent,channel,week,month"
                : "give one plan, not \(given.joined(separator: " and "))")
        }
        if by != nil, per == nil { throw ValidationError("--by goes with --per N (how many per stratum)") }
        for (name, value) in [("--count", count), ("--per-agent-month", perAgentMonth), ("--per", per)] {
            if let value, value < 1 { throw ValidationError("\(name) must be at least 1 interaction, got \(value)") }
        }
        if let count { return .simpleRandom(count: count) }
        if let perAgentMonth { return .monthlyQuota(perAgent: perAgentMonth) }
        guard let by else { throw ValidationError("--per needs --by: a comma-separated list of agent, channel, week, month") }
        return .stratified(by: try Self.dimensions(by), perStratum: per ?? 0)
    }

    /// `agent,week` → [.agent, .isoWeek]; each dimension once.
    static func dimensions(_ text: String) throws -> [StratumDimension] {
        var dimensions: [StratumDimension] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let dimension = StratumDimension(rawValue: name) else {
                throw ValidationError("--by: '\(part)' is not a dimension; use agent, channel, week or month")
            }
            guard !dimensions.contains(dimension) else { throw ValidationError("--by: '\(name)' is listed twice") }
            dimensions.append(dimension)
        }
        return dimensions
    }

    func run() throws {
        let plan = try plan()
        let file = try InteractionsFile.read(URL(fileURLWithPath: interactions))
        let seed = self.seed ?? Self.randomSeed()
        let sample: InteractionSample<InteractionCandidate>
        do {
            sample = try InteractionSampler(seed: seed).sample(file.candidates, plan: plan)
        } catch {
            // The reader refuses repeated ids with both lines, so this is a plan out of range.
            throw CommandError("\(interactions): \(error.description)")
        }
        let report = QaSampleReport(sample: sample, source: file.source)
        if let out {
            try CSVWriter.write(header: QaSampleReport.csvHeader, rows: report.csvRows, to: URL(fileURLWithPath: out))
        }
        let repeatHint = "repeat this sample with --seed \(seed) (the same file, rows in any order, and plan)"
        switch output.format {
        case .table:
            print(QaTableText.withoutTrailingSpaces(report.text))
            if let out { print("Wrote \(sample.selected.count) interactions to \(out)") }
            if self.seed == nil { print("Seed \(seed) was drawn at random: \(repeatHint).") }
        case .json:
            print(JSONOutput.encode(report.json))
            if self.seed == nil { printError("headset: seed \(seed) drawn at random; \(repeatHint)") }
        case .csv:
            print(CSVWriter.encode(header: QaSampleReport.csvHeader, rows: report.csvRows), terminator: "")
            if self.seed == nil { printError("headset: seed \(seed) drawn at random; \(repeatHint)") }
        }
    }

    /// A fresh seed below 2^53, so JSON readers that hold numbers as doubles (jq, JavaScript)
    /// read it back exactly.
    static func randomSeed() -> UInt64 {
        UInt64.random(in: 0..<(1 << 53))
    }
}
