import CivilTime
import Dispatch
import Foundation
import Quality
import Randomness
import Reports
import Workbook
import Storage

/// The quality storage targets: a million seeded evaluations (500 agents × 24 months) scored and
/// stored in one transaction, then the agent-month summary (target < 1 s) and 12-month trends
/// read back from the file database.
enum QualityBenchmark {
    /// The `offset`-th month from January 2024.
    static func month(_ offset: Int) -> CalendarMonth {
        CalendarMonth(containing: LocalDate(year: 2024 + offset / 12, month: offset % 12 + 1, day: 1)!)
    }

    static func run(evaluations total: Int = 1_000_000, agents: Int = 500, months: Int = 24, seed: UInt64 = 7) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("headset-bench-quality-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("quality.sqlite").path
        let (database, _) = try HeadsetDatabase.open(at: path)
        let card = scorecard()
        try database.write { db in _ = try QualityRepository.importScorecard(card, actor: "bench", in: db) }

        var report = "quality: \(total) evaluations (\(agents) agents × \(months) months, scorecard \(card.label), "
            + "\(card.criteria.count) criteria), file database\n"
        var generator = SplitMix64(seed: seed)
        let skills = (0..<agents).map { _ in Double.random(in: 0.80...0.98, using: &generator) }
        let perAgentMonth = total / (agents * months), extra = total % (agents * months)
        var scoring = 0.0, storing = 0.0, stored = 0
        let started = DispatchTime.now().uptimeNanoseconds
        // Bigger page cache for the bulk load only: index pages stay in memory between batches.
        try database.cachePages(upToMebibytes: 256)
        try database.write("loading the benchmark evaluations") { db in
            var batch: [ScoredEvaluation] = []
            batch.reserveCapacity(10_000)
            for agent in 0..<agents {
                for month in 0..<months {
                    let count = perAgentMonth + (agent * months + month < extra ? 1 : 0)
                    let clock = DispatchTime.now().uptimeNanoseconds
                    for index in 0..<count {
                        batch.append(try evaluation(agent: agent, month: month, index: index, skill: skills[agent], card: card,
                                                    using: &generator))
                    }
                    scoring += seconds(since: clock)
                    if batch.count >= 10_000 || (agent == agents - 1 && month == months - 1) {
                        let storeClock = DispatchTime.now().uptimeNanoseconds
                        stored += try QualityRepository.importEvaluations(batch, actor: "bench", in: db).created
                        storing += seconds(since: storeClock)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            }
        }
        let load = seconds(since: started)
        report += String(format: "  generate + score            %7.1f s\n", scoring)
        report += String(format: "  store (one transaction)     %7.1f s, %d evaluations, %.0f per second\n",
                         storing, stored, Double(stored) / max(storing, 1e-9))
        try database.close()
        report += String(format: "  total load incl. commit     %7.1f s, database file %.0f MB\n", load, Double(fileSize(path)) / 1e6)

        // Reopened, as a report run would: a fresh pool with cold connections.
        let (reports, _) = try HeadsetDatabase.open(at: path)
        defer { try? reports.close() }
        let reported = Self.month(14)
        var probe = SplitMix64(seed: seed &+ 1)
        var first = 0.0, times: [Double] = []
        var sample: AgentMonthReport?
        for run in 0..<25 {
            let agent = agentKey(Int.random(in: 0..<agents, using: &probe))
            let clock = DispatchTime.now().uptimeNanoseconds
            sample = try reports.read { db in try QualityRepository.agentMonthSummary(agent: agent, month: reported, in: db) }
            let elapsed = seconds(since: clock)
            if run == 0 { first = elapsed } else { times.append(elapsed) }
        }
        times.sort()
        if let sample {
            report += String(format: "  agent-month summary         %7.2f ms first, %.2f ms median, %.2f ms max of 24 more "
                             + "(target 1000 ms): %d evaluations, mean %.1f %%, pass %.0f %%, %d criteria\n",
                             first * 1000, times[times.count / 2] * 1000, (times.last ?? 0) * 1000, sample.summary.evaluations,
                             sample.summary.meanScore ?? 0, sample.summary.passPercent ?? 0, sample.criteria.count)
        }
        let from = Self.month(12), last = Self.month(23)
        let team = (0..<20).map(agentKey)
        report += try timed("team trend (20 agents, 12 mo)", in: reports) { db in
            let trend = try QualityRepository.monthlyTrend(.team(team), from: from, through: last, in: db)
            return "\(trend.reduce(0) { $0 + $1.summary.evaluations }) evaluations"
        }
        report += try timed("agent trend (12 months)", in: reports) { db in
            let trend = try QualityRepository.monthlyTrend(.agent(agentKey(7)), from: from, through: last, in: db)
            return "\(trend.reduce(0) { $0 + $1.summary.evaluations }) evaluations"
        }
        report += try timed("evaluator trend (12 months)", in: reports) { db in
            let trend = try QualityRepository.monthlyTrend(.evaluator(evaluatorKey(3)), from: from, through: last, in: db)
            return "\(trend.reduce(0) { $0 + $1.summary.evaluations }) evaluations"
        }
        report += try timed("criterion trend, everyone (12 mo)", in: reports) { db in
            let trend = try QualityRepository.criterionTrend(scorecardKey: card.key, criterionID: "resolved", from: from, through: last, in: db)
            return "\(trend.reduce(0) { $0 + $1.statistics.answers }) answers"
        }
        report += try timed("criterion trend, team (12 mo)", in: reports) { db in
            let trend = try QualityRepository.criterionTrend(scorecardKey: card.key, criterionID: "resolved", scope: .team(team),
                                                             from: from, through: last, in: db)
            return "\(trend.reduce(0) { $0 + $1.statistics.answers }) answers"
        }
        // The newest 100,000: the last three months (about 125,000) read, the newest kept.
        report += try workbook(from: reports, card: card, since: LocalDate(year: 2024 + (months - 3) / 12, month: (months - 3) % 12 + 1, day: 1)!,
                                 evaluations: 100_000)
        return report
    }

    /// The QA workbook (`headset qa report --xlsx`) over the newest `evaluations` evaluations:
    /// read in bulk, then written in constant memory, each timed.
    private static func workbook(from database: HeadsetDatabase, card: Scorecard, since first: LocalDate,
                                 evaluations: Int) throws -> String {
        var clock = DispatchTime.now().uptimeNanoseconds
        let rows = try database.read { db in try QualityRepository.reportRows(from: first, in: db) }.suffix(evaluations)
        let read = seconds(since: clock)
        clock = DispatchTime.now().uptimeNanoseconds
        let report = QaReport(evaluations: rows.map { row in
            QaEvaluationRow(id: row.key, date: row.date, agent: row.agent, agentName: row.agent, team: "", evaluatorName: row.evaluator,
                            scorecard: "\(row.scorecardKey) v\(row.scorecardVersion)", channel: row.channel, status: row.status,
                            score: row.score, passed: row.passed, criticalErrors: row.criticalErrors, criteria: row.criteria)
        }, criteria: card.criteria.map { .init(id: $0.criterion.id, label: $0.criterion.label.text) })
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("headset-bench-qa-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try Workbook.write(to: url, options: WorkbookOptions(constantMemory: true)) { workbook in
            try QaSheets.add(to: workbook, report: report)
        }
        let written = seconds(since: clock)
        return String(format: "  QA workbook, %d evaluations  %7.2f s read + %.2f s written = %.2f s (target 10 s), %.1f MB\n",
                      rows.count, read, written, read + written, Double(fileSize(url.path)) / 1e6)
    }

    /// `first` (cold) and best of 3 more runs of `query`, with what it found.
    private static func timed(_ name: String, in database: HeadsetDatabase, _ query: (DatabaseTransaction) throws -> String) throws -> String {
        var found = ""
        var clock = DispatchTime.now().uptimeNanoseconds
        found = try database.read(name, query)
        let first = seconds(since: clock)
        var best = Double.infinity
        for _ in 0..<3 {
            clock = DispatchTime.now().uptimeNanoseconds
            found = try database.read(name, query)
            best = min(best, seconds(since: clock))
        }
        let label = name.padding(toLength: 34, withPad: " ", startingAt: 0)
        return String(format: "  %@ %8.1f ms first, %.1f ms best of 3: %@\n", label, first * 1000, best * 1000, found)
    }

    /// One seeded evaluation: answers drawn from the agent's skill, scored and closed (a few stay
    /// acknowledged, fewer are unscored drafts).
    private static func evaluation(agent: Int, month: Int, index: Int, skill: Double, card: Scorecard,
                                   using generator: inout SplitMix64) throws -> ScoredEvaluation {
        let monthStart = Self.month(month)
        let days = LocalDate.daysIn(month: monthStart.month, year: monthStart.year)
        let date = LocalDate(year: monthStart.year, month: monthStart.month, day: Int.random(in: 1...days, using: &generator))!
        func yes(_ probability: Double) -> AnswerValue { Double.random(in: 0..<1, using: &generator) < probability ? .yes : .no }
        let resolvedDraw = Double.random(in: 0..<1, using: &generator)
        let resolved = resolvedDraw < skill ? "full" : resolvedDraw < skill + (1 - skill) * 0.8 ? "partial" : "wrong"
        var answers = [
            Answer("greeting", yes(0.97)),
            Answer("name-used", .scale(Double.random(in: 0..<1, using: &generator) < skill ? 2 : Int.random(in: 0...1, using: &generator))),
            Answer("verify-identity", yes(0.5 + skill / 2)),
            Answer("disclosure", Double.random(in: 0..<1, using: &generator) < 0.1 ? .notApplicable : yes(skill)),
            Answer("resolved", .choice(resolved)),
            Answer("correct-fee", Double.random(in: 0..<1, using: &generator) < 0.6 ? .notApplicable : yes(0.5 + skill / 2)),
            Answer("upsell", Double.random(in: 0..<1, using: &generator) < 0.3 ? .notApplicable : yes(skill - 0.2)),
        ]
        if Double.random(in: 0..<1, using: &generator) < 0.1 { answers.append(Answer("empathy-extra", .yes)) }
        let created = Date(timeIntervalSince1970: Double(date.dayNumber * 86_400 + 36_000))
        let draft = try Evaluation(
            id: "ev-\(agent)-\(month)-\(index)", scorecardKey: card.key, scorecardVersion: card.version,
            evaluatorID: evaluatorKey((agent + index % 3) % 25), agentID: agentKey(agent),
            interaction: InteractionReference(id: "call-\(agent)-\(month)-\(index)", channel: .voice, date: date,
                                              startSecondOfDay: Int.random(in: 28_800..<64_800, using: &generator),
                                              durationSeconds: Double(Int.random(in: 60...1_200, using: &generator))),
            answers: answers, createdAt: created)
        let kind = Double.random(in: 0..<1, using: &generator)
        if kind < 0.002 { return ScoredEvaluation(draft, score: nil) }
        let (submitted, score) = try draft.submitted(with: card, at: created.addingTimeInterval(600))
        let status: EvaluationStatus = kind < 0.02 ? .acknowledged : .final
        return ScoredEvaluation(try submitted.transitioned(to: status, at: created.addingTimeInterval(3_600)), score: score)
    }

    static func agentKey(_ index: Int) -> String { "agent-" + String(1000 + index).dropFirst() }
    static func evaluatorKey(_ index: Int) -> String { "qa-" + String(100 + index).dropFirst() }

    /// The benchmark's card: three sections, a critical criterion of each class, N/A and a bonus.
    static func scorecard() -> Scorecard {
        Scorecard(
            key: "bench-voice", version: 1, status: .published, title: "Voice call (benchmark)", channels: [.voice],
            sections: [
                ScorecardSection(id: "opening", title: "Opening", weight: 1, criteria: [
                    Criterion(id: "greeting", label: "Greeted the customer", kind: .yesNo),
                    Criterion(id: "name-used", label: "Used the customer's name",
                              kind: .scale([ScalePoint(value: 0, label: "Never"), ScalePoint(value: 1, label: "Once"),
                                            ScalePoint(value: 2, label: "Throughout")]), naAllowed: true),
                ]),
                ScorecardSection(id: "compliance", title: "Compliance", weight: 2, criteria: [
                    Criterion(id: "verify-identity", label: "Verified identity", kind: .yesNo, weight: 2,
                              critical: CriticalRule(class: .compliance, effect: .failEvaluation)),
                    Criterion(id: "disclosure", label: "Read the disclosure", kind: .yesNo, naAllowed: true,
                              critical: CriticalRule(class: .compliance, effect: .failSection)),
                ]),
                ScorecardSection(id: "resolution", title: "Resolution", weight: 2, criteria: [
                    Criterion(id: "resolved", label: "Resolved the issue",
                              kind: .multipleChoice([Choice(id: "full", label: "Fully", points: 3),
                                                     Choice(id: "partial", label: "Partly", points: 1),
                                                     Choice(id: "wrong", label: "Wrong information", points: 0, failsCritical: true)]),
                              weight: 3, critical: CriticalRule(class: .customer, effect: .failSection)),
                    Criterion(id: "correct-fee", label: "Charged the right fee", kind: .yesNo, naAllowed: true,
                              critical: CriticalRule(class: .business, effect: .failSection)),
                    Criterion(id: "upsell", label: "Offered the upgrade", kind: .yesNo, naAllowed: true),
                    Criterion(id: "empathy-extra", label: "Went the extra mile", kind: .yesNo, naAllowed: true, bonusPoints: 2),
                ]),
            ],
            passMark: 80)
    }

    private static func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    private static func fileSize(_ path: String) -> Int {
        [path, path + "-wal"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
    }
}
