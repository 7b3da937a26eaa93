import Foundation
import Testing

/// `headset staffing --intervals FILE.csv`: a file of intervals in, one staffed row per interval out.
@Suite("headset staffing: a file of intervals")
struct StaffingBatchTests {
    static let targets = ["--service-level", "80/20", "--shrinkage", "30"]

    static let intervals = """
        interval_start,channel,calls,aht
        2003-08-18T07:00,voice,100,180
        2003-08-18T07:30,voice,0,180
        2003-08-18T08:00,voice,250,
        2003-08-18T07:00,chat,40,300
        2003-08-18T07:30,chat,55.5,300

        """

    /// Rows of a CSV without quoted fields, by header name.
    static func records(_ text: String) -> [[String: String]] {
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    static func single(calls: String, aht: String, interval: String = "30") throws -> [String: Any] {
        try StaffingCommandTests.json(["staffing", "--calls", calls, "--aht", aht, "--interval", interval] + targets)
    }

    @Test("--out writes one row per interval with the documented columns; rows match one-interval runs")
    func writesCSV() throws {
        let scratch = try ScratchDirectory()
        try Self.intervals.write(to: scratch.file("intervals.csv"), atomically: true, encoding: .utf8)
        let result = try HeadsetProcess.run(["staffing", "--intervals", "intervals.csv", "--aht", "200", "--out", "out.csv"]
                                            + Self.targets, in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "Wrote 5 intervals to out.csv\n")
        let text = try String(contentsOf: scratch.file("out.csv"), encoding: .utf8)
        #expect(text.hasPrefix("interval_start,channel,calls,aht,traffic_erlangs,agents,scheduled_agents,service_level,"
            + "asa_seconds,occupancy,probability_of_waiting,immediate_answer\n"))
        let rows = Self.records(text)
        #expect(rows.count == 5)
        #expect(rows.map { $0["interval_start"] } == ["2003-08-18T07:00", "2003-08-18T07:30", "2003-08-18T08:00",
                                                      "2003-08-18T07:00", "2003-08-18T07:30"], "input order, as written")
        // The example interval: 14 agents, 20 scheduled after 30 % shrinkage.
        #expect(rows[0]["agents"] == "14")
        #expect(rows[0]["scheduled_agents"] == "20")
        #expect(rows[0]["traffic_erlangs"] == "10")
        // No calls: no agents, nobody waits.
        #expect(rows[1]["agents"] == "0")
        #expect(rows[1]["scheduled_agents"] == "0")
        #expect(rows[1]["service_level"] == "1")
        #expect(rows[1]["occupancy"] == "0")
        // A blank aht cell takes --aht.
        #expect(rows[2]["aht"] == "200")
        let third = try Self.single(calls: "250", aht: "200")
        #expect(Int(rows[2]["agents"] ?? "") == third["agents"] as? Int)
        // JSON text on Linux may differ from the shortest round-trip text in the last digit.
        #expect(abs((Double(rows[2]["service_level"] ?? "") ?? 0) - (third["service_level"] as? Double ?? 1)) <= 1e-15)
        #expect(abs((Double(rows[2]["asa_seconds"] ?? "") ?? 0) - (third["asa_seconds"] as? Double ?? 1)) <= 1e-12)
        // Fractional (forecast) calls are fine.
        #expect(rows[4]["calls"] == "55.5")
        #expect(rows[4]["channel"] == "chat")
        let fifth = try Self.single(calls: "55.5", aht: "300")
        #expect(Int(rows[4]["agents"] ?? "") == fifth["agents"] as? Int)
    }

    @Test("without --out the rows print as JSON with exactly the documented keys; --patience adds abandon_rate")
    func printsJSON() throws {
        let scratch = try ScratchDirectory()
        try Self.intervals.write(to: scratch.file("intervals.csv"), atomically: true, encoding: .utf8)
        let keys: Set<String> = ["interval_start", "channel", "calls", "aht", "traffic_erlangs", "agents", "scheduled_agents",
                                 "service_level", "asa_seconds", "occupancy", "probability_of_waiting", "immediate_answer"]
        for (extra, expected) in [([String](), keys), (["--patience", "90"], keys.union(["abandon_rate"]))] {
            let result = try HeadsetProcess.run(["staffing", "--intervals", "intervals.csv", "--aht", "200", "--format", "json"]
                                                + Self.targets + extra, in: scratch.url)
            #expect(result.status == 0, "\(result.standardError)")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
            #expect(rows.count == 5)
            for row in rows { #expect(Set(row.keys) == expected) }
        }
        #expect(try scratch.contents() == ["intervals.csv"])
    }

    @Test("the interval length is inferred from the file: 15-minute starts are staffed as 15-minute intervals")
    func infersIntervalLength() throws {
        let scratch = try ScratchDirectory()
        try """
            interval_start,calls
            2003-08-18 07:00,50
            2003-08-18 07:15,60
            2003-08-18 09:00,70

            """.write(to: scratch.file("quarter.csv"), atomically: true, encoding: .utf8)
        let run = { (extra: [String]) in
            try HeadsetProcess.run(["staffing", "--intervals", "quarter.csv", "--aht", "180", "--format", "csv"]
                                   + Self.targets + extra, in: scratch.url)
        }
        let inferred = try run([])
        #expect(inferred.status == 0, "\(inferred.standardError)")
        let rows = Self.records(inferred.standardOutput)
        let quarter = try Self.single(calls: "50", aht: "180", interval: "15")
        #expect(Int(rows[0]["agents"] ?? "") == quarter["agents"] as? Int)
        #expect(Double(rows[0]["traffic_erlangs"] ?? "") == 10, "50 calls × 180 s / 900 s")

        #expect(try run(["--interval", "15"]).status == 0)
        let mismatch = try run(["--interval", "30"])
        #expect(mismatch.status == 1)
        #expect(mismatch.standardError == "headset: error: quarter.csv: --interval '30': minutes do not match the file: "
            + "the intervals starting on lines 2 and 3 are 15 minutes apart\n")
    }

    @Test("the bank history's own header (DateTime, Calls) is accepted, with --aht for every row")
    func acceptsAliases() throws {
        let scratch = try ScratchDirectory()
        try """
            DateTime,Calls
            2003-08-18T07:00:00Z,111
            2003-08-18T07:05:00Z,113

            """.write(to: scratch.file("bank.csv"), atomically: true, encoding: .utf8)
        let result = try HeadsetProcess.run(["staffing", "--intervals", "bank.csv", "--aht", "240", "--format", "csv"]
                                            + Self.targets, in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let rows = Self.records(result.standardOutput)
        #expect(rows.map { $0["interval_start"] } == ["2003-08-18T07:00:00Z", "2003-08-18T07:05:00Z"])
        #expect(Double(rows[0]["traffic_erlangs"] ?? "") == 111 * 240 / 300.0)
        #expect(rows[0]["channel"] == "")
    }

    /// Bad files: exit 1, one line naming the file and line (and column), no output file.
    @Test("a bad file is exit 1 naming file, line and column, and writes nothing", arguments: [
        ("interval_start,calls,aht\n2003-08-18T07:00,100,180\n2003-08-18T07:30,-3,180\n",
         "intervals.csv:3: column 'calls': expected a number of calls, 0 or more, found '-3'"),
        ("interval_start,calls,aht\n2003-08-18T07:00,many,180\n",
         "intervals.csv:2: column 'calls': expected a number, found 'many'"),
        ("interval_start,calls,aht\n2003-08-18T07:00,100,abc\n",
         "intervals.csv:2: column 'aht': expected a number, found 'abc'"),
        ("interval_start,calls,aht\n2003-08-18T07:00,100,0\n",
         "intervals.csv:2: column 'aht': expected a handle time of more than 0 seconds, found '0'"),
        ("interval_start,calls,aht\n2003-08-18T07:00,100,\n",
         "intervals.csv:2: column 'aht': expected a handle time in seconds (or give --aht for blank cells), found ''"),
        ("interval_start,calls,aht\n2003-08-18T07:00,100\n",
         "intervals.csv:2: expected 3 fields as in the header, found 2"),
        ("interval_start,calls,aht\nMonday 7am,100,180\n",
         "intervals.csv:2: column 'interval_start': expected a date and time such as 2003-08-18T07:30, found 'Monday 7am'"),
        ("interval_start,calls,aht\n2003-02-30T07:00,100,180\n",
         "intervals.csv:2: column 'interval_start': expected a date and time such as 2003-08-18T07:30, found '2003-02-30T07:00'"),
        ("interval_start,calls,aht\n2003-08-18T07:00,100,180\n2003-08-18T07:00,90,180\n",
         "intervals.csv:3: interval_start '2003-08-18T07:00' repeats line 2"),
        ("interval_start,aht\n2003-08-18T07:00,180\n",
         "intervals.csv: missing column 'calls' (accepted header names: 'calls', 'volume', 'offered', 'contacts', 'calls_offered')"),
        ("interval_start,calls,aht\n",
         "intervals.csv: no intervals: the file has a header line but no rows"),
    ])
    func badFile(contents: String, message: String) throws {
        let scratch = try ScratchDirectory()
        try contents.write(to: scratch.file("intervals.csv"), atomically: true, encoding: .utf8)
        let result = try HeadsetProcess.run(["staffing", "--intervals", "intervals.csv", "--out", "out.csv",
                                             "--xlsx", "out.xlsx"] + Self.targets, in: scratch.url)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardError == "headset: error: \(message)\n")
        #expect(result.standardOutput.isEmpty)
        #expect(try scratch.contents() == ["intervals.csv"])
    }

    @Test("a row that cannot be staffed names its line: too few agents under Erlang C is an unstable queue")
    func unstableRow() throws {
        let scratch = try ScratchDirectory()
        try Self.intervals.write(to: scratch.file("intervals.csv"), atomically: true, encoding: .utf8)
        let result = try HeadsetProcess.run(["staffing", "--intervals", "intervals.csv", "--aht", "200", "--agents", "12",
                                             "--out", "out.csv"] + Self.targets, in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("headset: error: intervals.csv:4: unstable queue: "))
        #expect(try scratch.contents() == ["intervals.csv"])
    }

    @Test("a missing file is exit 1 naming it")
    func missingFile() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["staffing", "--intervals", "nope.csv"] + Self.targets, in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("headset: error: nope.csv: cannot read the file"))
    }

    @Test("with --agents every interval is evaluated with that many agents, zero-call intervals included")
    func evaluatesGivenAgents() throws {
        let scratch = try ScratchDirectory()
        try Self.intervals.write(to: scratch.file("intervals.csv"), atomically: true, encoding: .utf8)
        let result = try HeadsetProcess.run(["staffing", "--intervals", "intervals.csv", "--aht", "200", "--agents", "30",
                                             "--format", "csv"] + Self.targets, in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let rows = Self.records(result.standardOutput)
        #expect(rows.allSatisfy { $0["agents"] == "30" })
        #expect(rows.allSatisfy { $0["scheduled_agents"] == "43" }, "30 ÷ 0.7 = 42.9, rounded up")
    }
}
