import Foundation
import Testing

@Suite("headset history")
struct HistoryCommandTests {
    /// 2003-03-03 07:00–07:55 from the bank reference data (the centre's New York clock written
    /// with a `Z`). Source: Weinberg, Brown & Stroud (2007), JASA 102(480), 1185–1198; fpp3 `bank_calls`.
    static let bank = """
        DateTime,Calls
        2003-03-03T07:00:00Z,111
        2003-03-03T07:05:00Z,113
        2003-03-03T07:10:00Z,76
        2003-03-03T07:15:00Z,82
        2003-03-03T07:20:00Z,91
        2003-03-03T07:25:00Z,87
        2003-03-03T07:30:00Z,75
        2003-03-03T07:35:00Z,89
        2003-03-03T07:40:00Z,99
        2003-03-03T07:45:00Z,125
        2003-03-03T07:50:00Z,99
        2003-03-03T07:55:00Z,122

        """

    static let newYork = ["--time-zone", "America/New_York", "--local-times"]

    static func json(_ result: HeadsetProcess.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    static func channels(_ json: [String: Any]) -> [[String: Any]] {
        json["channels"] as? [[String: Any]] ?? []
    }

    static func list(in scratch: ScratchDirectory, database: String = "centre.sqlite") throws -> [[String: Any]] {
        let result = try HeadsetProcess.run(["history", "list", "--database", database, "--format", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        return try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]] ?? []
    }

    static func write(_ text: String, to name: String, in scratch: ScratchDirectory) throws {
        try Data(text.utf8).write(to: scratch.file(name))
    }

    @Test("imports the bank export as New York local time; a second import changes nothing and audits nothing")
    func importTwice() throws {
        let scratch = try ScratchDirectory()
        try Self.write(Self.bank, to: "calls.csv", in: scratch)
        let arguments = ["history", "import", "--create", "calls.csv", "--database", "centre.sqlite", "--format", "json"] + Self.newYork
        let first = try HeadsetProcess.run(arguments, in: scratch.url)
        #expect(first.status == 0, "\(first.standardError)")
        let report = try Self.json(first)
        #expect(report["inserted"] as? Int == 12)
        #expect(report["source_interval_seconds"] as? Int == 300)
        #expect(report["time_zone"] as? String == "America/New_York")
        #expect(report["dry_run"] as? Bool == false)
        let channel = try #require(Self.channels(report).first)
        #expect(channel["channel"] as? String == "phone")
        #expect(channel["first_start"] as? String == "2003-03-03T12:00:00Z", "07:00 EST")
        #expect(channel["last_start"] as? String == "2003-03-03T12:55:00Z")

        let second = try Self.json(try HeadsetProcess.run(arguments, in: scratch.url))
        #expect(second["inserted"] as? Int == 0)
        #expect(second["updated"] as? Int == 0)
        #expect(second["unchanged"] as? Int == 12)

        let audit = try HeadsetProcess.run(["audit", "--all", "--database", "centre.sqlite", "--entity", "interval_history",
                                            "--format", "json"], in: scratch.url)
        let entries = try JSONSerialization.jsonObject(with: Data(audit.standardOutput.utf8)) as? [[String: Any]]
        #expect(entries?.count == 1)
        #expect(entries?.first?["action"] as? String == "import")
        #expect(entries?.first?["entity_key"] as? String == "phone")

        let listed = try Self.list(in: scratch)
        #expect(listed.count == 1)
        #expect(listed.first?["rows"] as? Int == 12)
        #expect(listed.first?["interval_seconds"] as? Int == 300)
        #expect(listed.first?["first_start"] as? String == "2003-03-03T12:00:00Z")
    }

    @Test("--interval 30 re-aggregates to half hours before storing")
    func reaggregates() throws {
        let scratch = try ScratchDirectory()
        try Self.write(Self.bank, to: "calls.csv", in: scratch)
        let result = try HeadsetProcess.run(["history", "import", "--create", "calls.csv", "--database", "centre.sqlite", "--interval", "30",
                                             "--format", "json"] + Self.newYork, in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let report = try Self.json(result)
        #expect(report["interval_seconds"] as? Int == 1_800)
        #expect(report["source_interval_seconds"] as? Int == 300)
        #expect(report["inserted"] as? Int == 2)
        #expect(report["rows_read"] as? Int == 12)
        let listed = try Self.list(in: scratch)
        #expect(listed.first?["rows"] as? Int == 2)
        #expect(listed.first?["interval_seconds"] as? Int == 1_800)
    }

    @Test("a bad row: exit 1 with file:line, and nothing stored (no database is even created)")
    func badRow() throws {
        let scratch = try ScratchDirectory()
        try Self.write(Self.bank.replacingOccurrences(of: "07:15:00Z,82", with: "07:15:00Z,abc"), to: "calls.csv", in: scratch)
        let result = try HeadsetProcess.run(["history", "import", "--create", "calls.csv", "--database", "centre.sqlite"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError == "headset: error: calls.csv:5: column 'Calls': expected a number, found 'abc'\n")
        #expect(result.standardOutput.isEmpty)
        #expect(try scratch.contents() == ["calls.csv"])
    }

    @Test("a bad row in a later import leaves the stored history as it was")
    func badRowKeepsHistory() throws {
        let scratch = try ScratchDirectory()
        try Self.write(Self.bank, to: "calls.csv", in: scratch)
        #expect(try HeadsetProcess.run(["history", "import", "--create", "calls.csv", "--database", "centre.sqlite"], in: scratch.url).status == 0)
        let revised = Self.bank.replacingOccurrences(of: "07:00:00Z,111", with: "07:00:00Z,500")
            .replacingOccurrences(of: "07:30:00Z,75", with: "07:05:00Z,75")
        try Self.write(revised, to: "revised.csv", in: scratch)
        let result = try HeadsetProcess.run(["history", "import", "--create", "revised.csv", "--database", "centre.sqlite"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError == "headset: error: revised.csv:8: channel 'phone': interval '2003-03-03T07:05:00Z' repeats line 3\n")
        let audit = try HeadsetProcess.run(["audit", "--all", "--database", "centre.sqlite", "--format", "json"], in: scratch.url)
        let entries = (try JSONSerialization.jsonObject(with: Data(audit.standardOutput.utf8)) as? [[String: Any]])?
            .filter { $0["entity"] as? String == "interval_history" }
        #expect(entries?.count == 1, "only the first import")
    }

    @Test("--lenient skips bad rows, stores the rest, and lists each skipped line with its reason")
    func lenient() throws {
        let scratch = try ScratchDirectory()
        let text = Self.bank.replacingOccurrences(of: "07:15:00Z,82", with: "07:15:00Z,-2")
            .replacingOccurrences(of: "07:40:00Z,99", with: "07:42:00Z,99")
        try Self.write(text, to: "calls.csv", in: scratch)
        let table = try HeadsetProcess.run(["history", "import", "--create", "calls.csv", "--database", "centre.sqlite", "--lenient",
                                            "--dry-run"], in: scratch.url)
        #expect(table.status == 0, "\(table.standardError)")
        #expect(table.standardOutput.contains("Skipped rows:"))
        #expect(table.standardOutput.contains("   5  phone    column 'Calls': expected 0 or more, found '-2'\n"))
        #expect(table.standardOutput.contains("Dry run: nothing was stored."))

        let result = try HeadsetProcess.run(["history", "import", "--create", "calls.csv", "--database", "centre.sqlite", "--lenient",
                                             "--format", "json"], in: scratch.url)
        let report = try Self.json(result)
        #expect(report["inserted"] as? Int == 10)
        #expect(report["skipped"] as? Int == 2)
        let skipped = report["skipped_rows"] as? [[String: Any]] ?? []
        #expect(skipped.map { $0["line"] as? Int } == [5, 10])
        #expect(skipped.last?["reason"] as? String
            == "channel 'phone': the 5-minute interval '2003-03-03T07:42:00Z' overlaps line 11 ('2003-03-03T07:45:00Z')")
        #expect(Self.channels(report).first?["skipped"] as? Int == 2)
    }

    @Test("--dry-run reads, checks and counts, but stores nothing and creates no database")
    func dryRun() throws {
        let scratch = try ScratchDirectory()
        try Self.write(Self.bank, to: "calls.csv", in: scratch)
        let fresh = try HeadsetProcess.run(["history", "import", "--create", "calls.csv", "--database", "centre.sqlite", "--dry-run",
                                            "--format", "json"], in: scratch.url)
        #expect(fresh.status == 0, "\(fresh.standardError)")
        #expect(try Self.json(fresh)["inserted"] as? Int == 12)
        #expect(try Self.json(fresh)["dry_run"] as? Bool == true)
        #expect(try scratch.contents() == ["calls.csv"])

        #expect(try HeadsetProcess.run(["history", "import", "--create", "calls.csv", "--database", "centre.sqlite"], in: scratch.url).status == 0)
        try Self.write(Self.bank.replacingOccurrences(of: "07:00:00Z,111", with: "07:00:00Z,112"), to: "revised.csv", in: scratch)
        let preview = try Self.json(try HeadsetProcess.run(["history", "import", "--create", "revised.csv", "--database", "centre.sqlite",
                                                            "--dry-run", "--format", "json"], in: scratch.url))
        #expect(preview["updated"] as? Int == 1)
        #expect(preview["unchanged"] as? Int == 11)
        let again = try Self.json(try HeadsetProcess.run(["history", "import", "--create", "revised.csv", "--database", "centre.sqlite",
                                                          "--dry-run", "--format", "json"], in: scratch.url))
        #expect(again["updated"] as? Int == 1, "the preview changed nothing")
    }

    @Test("timestamps without a zone are read in the centre's time zone setting by default")
    func centreTimeZone() throws {
        let scratch = try ScratchDirectory()
        // The demo centre's setting: centre.time_zone = Europe/Vilnius.
        let demo = try HeadsetProcess.run(["demo", "--database", "demo.sqlite", "--xlsx", "demo.xlsx"], in: scratch.url)
        #expect(demo.status == 0, "\(demo.standardError)")
        try Self.write("interval_start,offered\n2003-03-03 07:00,4\n2003-03-03 07:15,5\n", to: "local.csv", in: scratch)
        let result = try HeadsetProcess.run(["history", "import", "--create", "local.csv", "--database", "demo.sqlite",
                                             "--channel", "history-test", "--format", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let report = try Self.json(result)
        #expect(report["time_zone"] as? String == "Europe/Vilnius")
        let channel = Self.channels(report).first { $0["channel"] as? String == "history-test" }
        #expect(channel?["first_start"] as? String == "2003-03-03T05:00:00Z", "07:00 EET")

        let utc = try HeadsetProcess.run(["history", "import", "--create", "local.csv", "--database", "fresh.sqlite", "--format", "json"],
                                         in: scratch.url)
        #expect(try Self.json(utc)["time_zone"] as? String == "UTC")
        #expect(Self.channels(try Self.json(utc)).first?["first_start"] as? String == "2003-03-03T07:00:00Z")
    }

    @Test("table and CSV output: one row per channel with the counts")
    func tableAndCSV() throws {
        let scratch = try ScratchDirectory()
        try Self.write(Self.bank, to: "calls.csv", in: scratch)
        let csv = try HeadsetProcess.run(["history", "import", "--create", "calls.csv", "--database", "centre.sqlite", "--format", "csv"]
                                         + Self.newYork, in: scratch.url)
        #expect(csv.standardOutput == """
            channel,interval_seconds,first_start,last_start,rows,inserted,updated,unchanged,skipped
            phone,300,2003-03-03T12:00:00Z,2003-03-03T12:55:00Z,12,12,0,0,0

            """)
        let list = try HeadsetProcess.run(["history", "list", "--database", "centre.sqlite"], in: scratch.url)
        #expect(list.standardOutput.hasPrefix("channel  interval_seconds  first_start           last_start            rows\n"))
        #expect(list.standardOutput.contains("phone                 300  2003-03-03T12:00:00Z  2003-03-03T12:55:00Z    12"))
    }

    @Test("a stored channel's interval length cannot be mixed with another: exit 1, naming both lengths")
    func lengthMismatch() throws {
        let scratch = try ScratchDirectory()
        try Self.write(Self.bank, to: "calls.csv", in: scratch)
        #expect(try HeadsetProcess.run(["history", "import", "--create", "calls.csv", "--database", "centre.sqlite"], in: scratch.url).status == 0)
        let result = try HeadsetProcess.run(["history", "import", "--create", "calls.csv", "--database", "centre.sqlite", "--interval", "30"],
                                            in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError == "headset: error: calls.csv: channel 'phone' holds 5-minute history; this import has "
            + "30-minute intervals, which would overlap it: import 5-minute intervals or use another channel\n")
    }

    @Test("malformed options are usage errors (exit 2)", arguments: [
        ["--interval", "7"], ["--interval", "0"], ["--source-interval", "45"], ["--time-zone", "Mars/Olympus_Mons"],
    ])
    func usageErrors(options: [String]) throws {
        let scratch = try ScratchDirectory()
        try Self.write(Self.bank, to: "calls.csv", in: scratch)
        let result = try HeadsetProcess.run(["history", "import", "--create", "calls.csv"] + options, in: scratch.url)
        #expect(result.status == 2)
        #expect(try scratch.contents() == ["calls.csv"])
    }

    @Test("re-aggregating to a shorter interval than the file's is refused with both lengths")
    func planningShorterThanHistory() throws {
        let scratch = try ScratchDirectory()
        try Self.write("start,calls\n2003-03-03T07:00Z,1\n2003-03-03T07:30Z,2\n", to: "half-hours.csv", in: scratch)
        let result = try HeadsetProcess.run(["history", "import", "--create", "half-hours.csv", "--interval", "15"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError == "headset: error: history in 30-minute intervals cannot be re-aggregated to 15-minute intervals\n")
    }

    @Test("a missing file is exit 1 naming it")
    func missingFile() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["history", "import", "--create", "absent.csv"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("headset: error: absent.csv: cannot read the file"))
    }
}
