import Foundation
import Testing

/// `headset staffing` for one interval, run as a user would.
@Suite("headset staffing: one interval")
struct StaffingCommandTests {
    static let example = ["staffing", "--calls", "100", "--aht", "180", "--interval", "30", "--service-level", "80/20"]

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(arguments + ["--format", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    static let erlangCKeys: Set<String> = [
        "traffic_erlangs", "agents", "service_level", "asa_seconds", "occupancy", "probability_of_waiting",
        "immediate_answer", "scheduled_agents", "model", "service_level_seconds", "shrinkage",
    ]

    // Golden values: the Erlang C example used by Call Centre Helper ("Erlang C formula – made
    // simple"): 100 calls in 30 minutes, AHT 180 s, 14 agents: P(wait) 17.41 %, 88.8 % answered
    // within 20 s, ASA 7.8 s. Rechecked by hand: A = 10 Erlangs, C(14, 10) = 0.17413,
    // SL = 1 − 0.17413·e^(−4·20/180) = 0.88835, ASA = 0.17413·180/4 = 7.836 s.
    @Test("the Call Centre Helper example with 14 agents: P(wait) 0.1741, service level 88.8 %, ASA 7.8 s")
    func callCentreHelperExample() throws {
        let json = try Self.json(Self.example + ["--agents", "14"])
        #expect(Set(json.keys) == Self.erlangCKeys)
        #expect(abs(try #require(json["probability_of_waiting"] as? Double) - 0.1741) <= 0.00005)
        #expect(abs(try #require(json["service_level"] as? Double) - 0.888) <= 0.0005)
        #expect(abs(try #require(json["asa_seconds"] as? Double) - 7.8) <= 0.05)
        #expect(abs(try #require(json["immediate_answer"] as? Double) - 0.8259) <= 0.00005)
        #expect(abs(try #require(json["occupancy"] as? Double) - 10.0 / 14) <= 1e-12)
        #expect(json["traffic_erlangs"] as? Double == 10)
        #expect(json["agents"] as? Int == 14)
        #expect(json["scheduled_agents"] as? Int == 14)
        #expect(json["service_level_seconds"] as? Double == 20)
        #expect(json["model"] as? String == "erlang_c")
    }

    // By the formula (see above): SL(12) = 0.6402, SL(13) = 0.7956, SL(14) = 0.8884, so 80/20
    // needs 14 agents: 13 falls just short of 80 %.
    @Test("searching for 80/20 in the example gives 14 agents: 13 reach only 79.6 %, 12 only 64.0 %")
    func searchFindsFewestAgents() throws {
        let found = try Self.json(Self.example)
        #expect(found["agents"] as? Int == 14)
        #expect(try #require(found["service_level"] as? Double) >= 0.80)
        let thirteen = try #require(try Self.json(Self.example + ["--agents", "13"])["service_level"] as? Double)
        #expect(thirteen < 0.80)
        #expect(abs(thirteen - 0.7956) <= 0.00005)
        let twelve = try #require(try Self.json(Self.example + ["--agents", "12"])["service_level"] as? Double)
        #expect(twelve < 0.80)
    }

    @Test("30 % shrinkage schedules 14 ÷ 0.7 = 20 agents, rounded up and never past 20")
    func shrinkageRoundsUp() throws {
        let json = try Self.json(Self.example + ["--shrinkage", "30"])
        #expect(json["agents"] as? Int == 14)
        #expect(json["scheduled_agents"] as? Int == 20)
        #expect(json["shrinkage"] as? Double == 0.3)
        let more = try Self.json(Self.example + ["--shrinkage", "31"])
        #expect(more["scheduled_agents"] as? Int == 21, "14 ÷ 0.69 = 20.3 rounds up to 21")
    }

    @Test("every target given must hold: an ASA of 5 s or an 70 % occupancy cap need more agents")
    func everyTargetHolds() throws {
        let asa = try Self.json(Self.example + ["--asa", "5"])
        #expect(try #require(asa["asa_seconds"] as? Double) <= 5)
        #expect(try #require(asa["agents"] as? Int) > 14)
        let occupancy = try Self.json(Self.example + ["--max-occupancy", "70"])
        #expect(try #require(occupancy["occupancy"] as? Double) <= 0.70)
        #expect(occupancy["agents"] as? Int == 15, "10 Erlangs on 15 agents is 66.7 %; on 14 it is 71.4 %")
    }

    @Test("--patience switches to Erlang A and adds abandon_rate")
    func patienceAddsAbandonRate() throws {
        let json = try Self.json(Self.example + ["--patience", "120"])
        #expect(Set(json.keys) == Self.erlangCKeys.union(["abandon_rate"]))
        #expect(json["model"] as? String == "erlang_a")
        let abandon = try #require(json["abandon_rate"] as? Double)
        #expect(abandon > 0 && abandon < 0.2)
        #expect(try #require(json["agents"] as? Int) <= 14, "callers who hang up lighten the load")
        let capped = try Self.json(Self.example + ["--patience", "120", "--max-abandon", "1"])
        #expect(try #require(capped["abandon_rate"] as? Double) <= 0.01)
    }

    @Test("the table reads for a manager: percentages with %, seconds with one decimal")
    func tableForPeople() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(Self.example + ["--agents", "14", "--shrinkage", "30"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let text = result.standardOutput
        #expect(text.contains("Erlang C · 100 calls in 30 min · AHT 180 s · 14 agents evaluated"))
        #expect(text.contains("88.8 % answered within 20 s"))
        #expect(text.contains("7.8 s"))
        #expect(text.contains("17.4 %"))
        #expect(text.contains("20 (shrinkage 30 %)"))
        #expect(!text.contains("0.888"))
    }

    @Test("CSV output is one header of the JSON keys and one line of exact values")
    func csvOutput() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(Self.example + ["--agents", "14", "--format", "csv"], in: scratch.url)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let header = lines[0].split(separator: ",").map(String.init)
        #expect(Set(header) == Self.erlangCKeys)
        let values = Dictionary(uniqueKeysWithValues: zip(header, lines[1].split(separator: ",").map(String.init)))
        #expect(values["agents"] == "14")
        #expect(values["traffic_erlangs"] == "10")
        #expect(abs((Double(values["service_level"] ?? "") ?? 0) - 0.888) <= 0.0005)
    }

    @Test("--help states every option's unit")
    func helpStatesUnits() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["staffing", "--help"], in: scratch.url)
        #expect(result.status == 0)
        let help = result.standardOutput
        for fragment in ["--aht <seconds>", "--interval <minutes>", "--service-level <percent/seconds>",
                         "--asa <seconds>", "--max-abandon <percent>", "--max-occupancy <percent>",
                         "--shrinkage <percent>", "--patience <seconds>", "--agents <count>", "--calls <calls>"] {
            #expect(help.contains(fragment), "\(fragment)")
        }
    }

    /// Bad values: exit 1, one line naming the value, nothing on standard output.
    @Test("bad input is exit 1 with one line saying what is wrong", arguments: [
        (["--calls", "0"], "calls 0: must be more than 0 and at most 1000000 calls per interval"),
        (["--calls", "-5"], "calls -5: must be more than 0 and at most 1000000 calls per interval"),
        (["--aht", "0"], "aht 0: must be more than 0 and at most 86400 seconds"),
        (["--aht", "-180"], "aht -180: must be more than 0 and at most 86400 seconds"),
        (["--interval", "0"], "interval 0: must be more than 0 and at most 1440 minutes"),
        (["--interval", "-30"], "interval -30: must be more than 0 and at most 1440 minutes"),
        (["--service-level", "150/20"], "service level 150: must be more than 0 % and less than 100 %"),
        (["--service-level", "0/20"], "service level 0: must be more than 0 % and less than 100 %"),
        (["--service-level", "100/20"], "service level 100: must be more than 0 % and less than 100 %"),
        (["--service-level", "80/-5"], "service level time -5: must be from 0 to 86400 seconds"),
        (["--service-level", "80-20"], "--service-level '80-20': expected PERCENT/SECONDS, e.g. 80/20 for 80 % of calls answered within 20 s"),
        (["--service-level", "eighty/20"], "--service-level 'eighty/20': expected PERCENT/SECONDS, e.g. 80/20 for 80 % of calls answered within 20 s"),
        (["--shrinkage", "100"], "shrinkage 100: must be from 0 to 99 %"),
        (["--shrinkage", "110"], "shrinkage 110: must be from 0 to 99 %"),
        (["--shrinkage", "-5"], "shrinkage -5: must be from 0 to 99 %"),
        (["--max-occupancy", "0"], "max occupancy 0: must be more than 0 % and at most 100 %"),
        (["--max-occupancy", "150"], "max occupancy 150: must be more than 0 % and at most 100 %"),
        (["--patience", "0"], "patience 0: must be from 1 to 1000000000 seconds"),
        (["--asa", "0"], "asa 0: must be more than 0 and at most 86400 seconds"),
        (["--agents", "0"], "agents 0: must be from 1 to 10000000"),
        (["--calls", "1e20"], "calls 1e+20: must be more than 0 and at most 1000000 calls per interval"),
        (["--aht", "1e20"], "aht 1e+20: must be more than 0 and at most 86400 seconds"),
        (["--aht", "1e308"], "aht 1e+308: must be more than 0 and at most 86400 seconds"),
        (["--interval", "1e-320"], "traffic inf: calls × aht / interval must be at most 100000 Erlangs"),
    ])
    func badInput(change: [String], message: String) throws {
        var arguments = Self.example
        for pair in stride(from: 0, to: change.count, by: 2) {
            if let index = arguments.firstIndex(of: change[pair]) {
                arguments[index + 1] = change[pair + 1]
            } else {
                arguments += [change[pair], change[pair + 1]]
            }
        }
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(arguments, in: scratch.url)
        #expect(result.status == 1, "\(arguments): \(result.standardError)")
        #expect(result.standardError == "headset: error: \(message)\n")
        #expect(result.standardOutput.isEmpty)
        #expect(try scratch.contents().isEmpty)
    }

    @Test("as many agents as Erlangs under Erlang C is an unstable queue, never an infinite wait")
    func unstableQueue() throws {
        let scratch = try ScratchDirectory()
        for agents in ["10", "9"] {
            let result = try HeadsetProcess.run(Self.example + ["--agents", agents, "--format", "json"], in: scratch.url)
            #expect(result.status == 1)
            #expect(result.standardError.hasPrefix("headset: error: unstable queue: 10 Erlangs of traffic need more than \(agents) agents"))
            #expect(result.standardError.split(separator: "\n").count == 1)
            #expect(!result.standardError.lowercased().contains("inf"))
            #expect(result.standardOutput.isEmpty)
        }
        // Erlang A copes: impatient callers keep the queue finite.
        let patient = try HeadsetProcess.run(Self.example + ["--agents", "10", "--patience", "120", "--format", "json"],
                                             in: scratch.url)
        #expect(patient.status == 0, "\(patient.standardError)")
    }

    @Test("usage errors are exit 2", arguments: [
        ["staffing", "--calls", "100", "--aht", "180", "--service-level", "80/20", "--no-such-flag"],
        ["staffing", "--calls", "100", "--intervals", "x.csv", "--service-level", "80/20"],
        ["staffing", "--calls", "100", "--aht", "180"],
        ["staffing", "--aht", "180", "--service-level", "80/20"],
        ["staffing", "--calls", "100", "--service-level", "80/20"],
        ["staffing", "--calls", "100", "--aht", "180", "--service-level", "80/20", "--max-abandon", "5"],
        ["staffing", "--calls", "100", "--aht", "180", "--service-level", "80/20", "--out", "x.csv"],
        ["staffing", "--calls", "100", "--aht", "180", "--agents", "14", "--asa", "15"],
        ["staffing", "--calls", "abc", "--aht", "180", "--service-level", "80/20"],
        ["staffing", "--calls", "100", "--aht", "180", "--service-level", "80/20", "--format", "yaml"],
    ])
    func usageErrors(arguments: [String]) throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(arguments, in: scratch.url)
        #expect(result.status == 2, "\(arguments): \(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        #expect(try scratch.contents().isEmpty)
    }
}
