import Foundation
import Testing

/// `headset qa sample`: the same seed and file (rows in any order) give the same sample, a seed
/// drawn at random is printed and repeats the sample, strata short of candidates are reported
/// without failing, and bad input names file, line and column.
@Suite("headset qa sample")
struct QaSampleCommandTests {
    /// 3 agents × 2 months of voice, chat and email: ana and cem have 10 interactions a month,
    /// ben 1 in November and 3 in December.
    static let rows: [String] = {
        var rows: [String] = []
        let channels = ["voice", "chat", "email"]
        for (agent, perMonth) in [("ana", [10, 10]), ("ben", [1, 3]), ("cem", [10, 10])] {
            for (month, count) in zip(["2026-11", "2026-12"], perMonth) {
                for day in 1...count {
                    let id = "\(agent)-\(month)-\(day)"
                    let date = "\(month)-\(day < 10 ? "0" : "")\(day)"
                    // Some rows carry a date-time, as a telephony export would.
                    let when = day % 3 == 0 ? "\(date)T14:0\(day % 10):00+01:00" : date
                    rows.append("\(id),\(agent),\(channels[day % 3]),\(when)")
                }
            }
        }
        return rows
    }()

    static func csv(_ rows: [String]) -> String {
        "interaction,agent,channel,date\n" + rows.joined(separator: "\n") + "\n"
    }

    static func run(_ csv: String, _ arguments: [String]) throws -> HeadsetProcess.Result {
        let scratch = try ScratchDirectory()
        try csv.write(to: scratch.file("interactions.csv"), atomically: true, encoding: .utf8)
        return try HeadsetProcess.run(["qa", "sample", "--interactions", "interactions.csv"] + arguments, in: scratch.url)
    }

    static func json(_ result: HeadsetProcess.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    static func selectedIds(_ json: [String: Any]) -> [String] {
        (json["selected"] as? [[String: Any]] ?? []).compactMap { $0["interaction"] as? String }
    }

    @Test("the same seed and file in any row order give the same sample, in every format")
    func repeatable() throws {
        // Sorting by the reversed text puts the rows in an order unrelated to ids, agents or dates.
        let shuffledRows = Self.rows.sorted { String($0.reversed()) < String($1.reversed()) }
        #expect(shuffledRows != Self.rows)
        for plan in [["--per-agent-month", "3"], ["--count", "7"], ["--per", "2", "--by", "channel,week"]] {
            let original = try Self.run(Self.csv(Self.rows), plan + ["--seed", "20261123", "--format", "json"])
            let shuffled = try Self.run(Self.csv(shuffledRows), plan + ["--seed", "20261123", "--format", "json"])
            #expect(original.standardOutput == shuffled.standardOutput, "\(plan)")
            let csv = try Self.run(Self.csv(Self.rows.reversed()), plan + ["--seed", "20261123", "--format", "csv"])
            let ids = csv.standardOutput.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
            #expect(ids == Self.selectedIds(try Self.json(original)), "\(plan)")
            let other = try Self.run(Self.csv(Self.rows), plan + ["--seed", "20261124", "--format", "json"])
            #expect(Self.selectedIds(try Self.json(other)) != Self.selectedIds(try Self.json(original)), "another seed, another sample")
        }
    }

    @Test("the JSON records seed, plan, algorithm, candidates, selected and shortfalls")
    func jsonShape() throws {
        let json = try Self.json(try Self.run(Self.csv(Self.rows), ["--per-agent-month", "2", "--seed", "7", "--format", "json"]))
        #expect(json["seed"] as? Int == 7)
        #expect(json["candidates"] as? Int == 44)
        #expect(json["strata"] as? Int == 6)
        #expect((json["algorithm"] as? String)?.hasPrefix("headset-sampler-1:") == true)
        #expect(json["interactions_file"] as? String == "interactions.csv")
        let plan = try #require(json["plan"] as? [String: Any])
        #expect(plan["kind"] as? String == "stratified" && plan["per_stratum"] as? Int == 2)
        #expect(plan["by"] as? [String] == ["agent", "month"] && plan["count"] is NSNull)
        #expect(plan["options"] as? String == "--per-agent-month 2")
        #expect(plan["description"] as? String == "2 per agent and month")
        let selected = try #require(json["selected"] as? [[String: Any]])
        #expect(selected.count == 11, "2 + 2 for ana and cem in each month, 1 + 2 for ben")
        let first = try #require(selected.first)
        #expect(Set(first.keys) == ["interaction", "agent", "channel", "date", "stratum"])
        #expect(first["agent"] as? String == "ana" && first["stratum"] as? String == "agent ana, month 2026-11")
        #expect(selected.allSatisfy { ($0["date"] as? String)?.count == 10 }, "dates as YYYY-MM-DD even from date-times")
    }

    @Test("a stratum short of candidates is reported, not an error, in every format")
    func shortfall() throws {
        let json = try Self.json(try Self.run(Self.csv(Self.rows), ["--per-agent-month", "2", "--seed", "7", "--format", "json"]))
        let shortfalls = try #require(json["shortfalls"] as? [[String: Any]])
        #expect(shortfalls.count == 1)
        let ben = try #require(shortfalls.first)
        #expect(ben["stratum"] as? String == "agent ben, month 2026-11")
        #expect(ben["agent"] as? String == "ben" && ben["month"] as? String == "2026-11")
        #expect(ben["channel"] is NSNull && ben["week"] is NSNull)
        #expect(ben["available"] as? Int == 1 && ben["requested"] as? Int == 2)
        #expect(ben["selected"] as? Int == 1 && ben["shortfall"] as? Int == 1)

        let table = try Self.run(Self.csv(Self.rows), ["--per-agent-month", "2", "--seed", "7"])
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("11 of 44 candidate interactions selected from 6 strata"))
        #expect(table.standardOutput.contains("Shortfalls: 1 stratum has fewer candidates than asked for (1 interaction short in all)"))
        #expect(table.standardOutput.contains("agent ben, month 2026-11          1          2      1"))

        let csv = try Self.run(Self.csv(Self.rows), ["--per-agent-month", "2", "--seed", "7", "--format", "csv"])
        let lines = csv.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "interaction,agent,channel,date,stratum,available,requested,shortfall,seed,plan,algorithm,candidates")
        // The plan starts with '-': CSV text a spreadsheet would run as a formula is written behind an apostrophe.
        #expect(lines.contains { $0.hasPrefix("ben-2026-11-1,ben,chat,2026-11-01,\"agent ben, month 2026-11\",1,2,1,7,'--per-agent-month 2,") })
    }

    @Test("without --seed a seed is drawn, printed, and repeats the sample")
    func randomSeed() throws {
        let drawn = try Self.run(Self.csv(Self.rows), ["--count", "5", "--format", "json"])
        let json = try Self.json(drawn)
        let seed = try #require(json["seed"] as? Int)
        #expect(seed >= 0 && seed < 1 << 53)
        #expect(drawn.standardError.contains("headset: seed \(seed) drawn at random; repeat this sample with --seed \(seed)"))
        let again = try Self.run(Self.csv(Self.rows.reversed()), ["--count", "5", "--seed", String(seed), "--format", "json"])
        #expect(again.standardOutput == drawn.standardOutput)
        #expect(again.standardError.isEmpty, "a given seed needs no reminder")

        let table = try Self.run(Self.csv(Self.rows), ["--count", "5"])
        let line = try #require(table.standardOutput.split(separator: "\n").first { $0.hasPrefix("Seed ") })
        #expect(line.contains("was drawn at random: repeat this sample with --seed"))
    }

    @Test("--out writes the sample as CSV that reads back as candidates")
    func out() throws {
        let scratch = try ScratchDirectory()
        try Self.csv(Self.rows).write(to: scratch.file("interactions.csv"), atomically: true, encoding: .utf8)
        let result = try HeadsetProcess.run(["qa", "sample", "--interactions", "interactions.csv", "--per", "1", "--by", "agent",
                                             "--seed", "3", "--out", "sample.csv"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Wrote 3 interactions to sample.csv"))
        #expect(try scratch.contents() == ["interactions.csv", "sample.csv"], "no temporary file left behind")
        let written = try String(contentsOf: scratch.file("sample.csv"), encoding: .utf8)
        #expect(written.split(separator: "\n").count == 4)
        let resampled = try HeadsetProcess.run(["qa", "sample", "--interactions", "sample.csv", "--count", "3", "--seed", "1",
                                                "--format", "json"], in: scratch.url)
        #expect(try Self.json(resampled)["candidates"] as? Int == 3)
    }

    @Test("bad files name file, line and column (exit 1); a plan that is not one is a usage error (exit 2)")
    func errors() throws {
        let duplicate = try Self.run(Self.csv(["c1,a,voice,2026-11-02", "c2,a,voice,2026-11-02", "c1,b,chat,2026-11-03"]),
                                     ["--count", "1"])
        #expect(duplicate.status == 1)
        #expect(duplicate.standardError.contains("interactions.csv:4: column 'interaction': expected each interaction once "
            + "(already listed on line 2), found 'c1'"))
        let date = try Self.run(Self.csv(["c1,a,voice,23/11/2026"]), ["--count", "1"])
        #expect(date.status == 1)
        #expect(date.standardError.contains("interactions.csv:2: column 'date'"))
        for arguments in [[], ["--count", "1", "--per-agent-month", "2"], ["--per", "2"], ["--per", "2", "--by", "agent,day"],
                          ["--count", "0"], ["--count", "2", "--by", "agent"], ["--per", "1", "--by", "agent,agent"]] {
            let usage = try Self.run(Self.csv(Self.rows), arguments)
            #expect(usage.status == 2, "\(arguments): \(usage.standardError)")
        }
    }
}
