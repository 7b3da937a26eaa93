import Foundation
import Storage
import Testing

@Suite("The headset command line")
struct CommandLineTests {
    @Test("--version prints the version and exits 0")
    func version() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["--version"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
    }

    @Test("an unknown option is a usage error: exit 2 with the usage")
    func usageError() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["init", "--no-such-flag"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("--no-such-flag"))
        #expect(try scratch.contents().isEmpty, "nothing was created")
    }

    @Test("an unknown --format value is a usage error")
    func badFormat() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["init", "--format", "yaml"], in: scratch.url)
        #expect(result.status == 2)
    }

    @Test("init creates ./headset.sqlite by default and reports it as JSON")
    func initDefaultPath() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["init", "--format", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(json?["database"] as? String == "headset.sqlite")
        #expect(json?["created"] as? Bool == true)
        #expect(json?["schema_version"] as? Int == Schema.currentVersion)
        #expect(json?["previous_schema_version"] as? Int == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.file("headset.sqlite").path))
    }

    @Test("$HEADSET_DATABASE is used when --database is absent, and --database wins over it")
    func databaseResolution() throws {
        let scratch = try ScratchDirectory()
        let fromEnvironment = try HeadsetProcess.run(["init", "--format", "csv"], in: scratch.url,
                                                     environment: ["HEADSET_DATABASE": "from-env.sqlite"])
        #expect(fromEnvironment.status == 0)
        #expect(fromEnvironment.standardOutput.hasPrefix("database,status,schema_version,backup,time_zone\n"))
        let fromOption = try HeadsetProcess.run(["init", "--database", "from-option.sqlite"], in: scratch.url,
                                                environment: ["HEADSET_DATABASE": "from-env.sqlite"])
        #expect(fromOption.status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.file("from-env.sqlite").path))
        #expect(FileManager.default.fileExists(atPath: scratch.file("from-option.sqlite").path))
    }

    @Test("a database path that is not SQLite: exit 1, one line naming the file, file untouched")
    func notSQLite() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("roster.xlsx.sqlite")
        try Data("PK\u{3}\u{4} not a database".utf8).write(to: path)
        let result = try HeadsetProcess.run(["init", "--database", path.path], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError == "headset: error: \(path.path): not an SQLite database (use --database to point at a Headset database, or a new path)\n")
        #expect(try scratch.contents() == ["roster.xlsx.sqlite"])
    }
}
