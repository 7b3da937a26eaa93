import Foundation
import Testing

/// What `headset schedule roster` writes and saves agree: the `--out` CSV is the saved roster
/// (`schedule export --out` gives the same file), nothing is saved when an output cannot be
/// written, and a requirements file with several channels is planned one channel at a time.
@Suite("headset schedule roster outputs")
struct ScheduleRosterOutputTests {
    /// Three agents 08:00–16:00 every day of the week of Monday 2026-12-07, in 30-minute intervals.
    static var need: String {
        var lines = ["interval_start,required"]
        for day in 7...13 {
            for minute in stride(from: 8 * 60, to: 16 * 60, by: 30) {
                lines.append(String(format: "2026-12-%02dT%02d:%02d,3", day, minute / 60, minute % 60))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One 8-hour day shift whose unpaid 30-minute lunch may start 11:00 … 13:00: variants with
    /// the same start and end that differ only in the lunch, which the plan staggers.
    static let shifts = """
        templates:
          - name: day
            starts: ["08:00"]
            length: 8h
            breaks:
              - { name: lunch, duration: 30m, paid: false, earliest: 3h, latest: 5h }
        """

    static var staff: String {
        (["person,name,min_hours,max_hours,skills,unavailable"] + (1...6).map { "p\($0),Person \($0),0,40,," })
            .joined(separator: "\n") + "\n"
    }

    static func scratch(need: String = need) throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        for (name, text) in ["need.csv": need, "shifts.yaml": shifts, "staff.csv": staff] {
            try text.write(to: scratch.file(name), atomically: true, encoding: .utf8)
        }
        return scratch
    }

    static func roster(_ extra: [String], in scratch: ScratchDirectory) throws -> HeadsetProcess.Result {
        try HeadsetProcess.run(["schedule", "roster", "--create", "--requirements", "need.csv", "--shifts", "shifts.yaml", "--staff", "staff.csv",
                                "--from", "2026-12-07", "--weeks", "1", "--rules", ScheduleRosterCommandTests.rules,
                                "--time-zone", "Europe/Vilnius", "--database", "wfm.sqlite"] + extra, in: scratch.url)
    }

    static func savedRosters(in scratch: ScratchDirectory) throws -> [[String: Any]] {
        let list = try HeadsetProcess.run(["schedule", "list", "--database", "wfm.sqlite", "--format", "json"], in: scratch.url)
        #expect(list.status == 0, "\(list.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
    }

    @Test("roster --out and export --out of the saved roster are the same file, staggered breaks included")
    func outMatchesExport() throws {
        let scratch = try Self.scratch()
        let made = try Self.roster(["--out", "roster.csv"], in: scratch)
        #expect(made.status == 0, "\(made.standardError)")
        let exported = try HeadsetProcess.run(["schedule", "export", "--database", "wfm.sqlite", "--out", "export.csv"], in: scratch.url)
        #expect(exported.status == 0, "\(exported.standardError)")
        let rostered = try String(contentsOf: scratch.file("roster.csv"), encoding: .utf8)
        #expect(try String(contentsOf: scratch.file("export.csv"), encoding: .utf8) == rostered)
        // The plan uses more than one lunch placement, so a variant mix-up would show.
        let breaks = Set(rostered.split(separator: "\n").dropFirst().map { $0.split(separator: ",").last.map(String.init) ?? "" })
        #expect(breaks.count > 1, "\(rostered)")
    }

    @Test("a --out or --xlsx in a directory that does not exist fails with exit 1 and saves no roster")
    func failedOutputSavesNothing() throws {
        let scratch = try Self.scratch()
        let initialised = try HeadsetProcess.run(["init", "--database", "wfm.sqlite"], in: scratch.url)
        #expect(initialised.status == 0, "\(initialised.standardError)")
        for extra in [["--out", "missing/roster.csv"], ["--xlsx", "missing/roster.xlsx"], ["--out", "roster.csv", "--xlsx", "missing/r.xlsx"],
                      ["--xlsx", "."]] {
            let failed = try Self.roster(extra, in: scratch)
            #expect(failed.status == 1, "\(extra): \(failed.standardError)")
            #expect(failed.standardError.hasPrefix("headset: error:"), "\(failed.standardError)")
            #expect(failed.standardError.contains(extra.last!), "\(failed.standardError)")
        }
        #expect(try Self.savedRosters(in: scratch).isEmpty)
        // Nothing half-written: no roster.csv from the run whose workbook failed, no staged files.
        #expect(try scratch.contents().filter { !$0.hasPrefix("wfm.sqlite") } == ["need.csv", "shifts.yaml", "staff.csv"])
    }

    @Test("a roster that is saved writes its outputs, and --no-save writes them without saving")
    func outputsWithAndWithoutSaving() throws {
        let scratch = try Self.scratch()
        let unsaved = try Self.roster(["--no-save", "--out", "a.csv", "--xlsx", "a.xlsx"], in: scratch)
        #expect(unsaved.status == 0, "\(unsaved.standardError)")
        let saved = try Self.roster(["--out", "b.csv"], in: scratch)
        #expect(saved.status == 0, "\(saved.standardError)")
        #expect(try Self.savedRosters(in: scratch).count == 1)
        #expect(try scratch.contents().filter { !$0.hasPrefix("wfm.sqlite") }
            == ["a.csv", "a.xlsx", "b.csv", "need.csv", "shifts.yaml", "staff.csv"])
    }

    @Test("requirements with several channels name --channel, which roster takes to plan one of them")
    func channelOption() throws {
        var lines = ["interval_start,channel,required"]
        for line in Self.need.split(separator: "\n").dropFirst() {
            let parts = line.split(separator: ",")
            lines.append("\(parts[0]),voice,\(parts[1])")
            lines.append("\(parts[0]),chat,1")
        }
        let scratch = try Self.scratch(need: lines.joined(separator: "\n") + "\n")
        let both = try Self.roster(["--no-save"], in: scratch)
        #expect(both.status == 1)
        #expect(both.standardError.contains("--channel"), "\(both.standardError)")
        let voice = try Self.roster(["--no-save", "--channel", "voice", "--format", "json"], in: scratch)
        #expect(voice.status == 0, "\(voice.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(voice.standardOutput.utf8)) as? [String: Any])
        #expect((json["assigned"] as? Int ?? 0) >= 21, "at least 3 day shifts a day for 7 days, for voice alone")
    }
}
