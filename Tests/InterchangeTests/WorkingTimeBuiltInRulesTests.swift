import Foundation
import Interchange
import Scheduling
import Testing

/// The rule sets compiled into Headset are the shipped files, read the same way.
@Suite("Built-in working-time rule sets")
struct WorkingTimeBuiltInRulesTests {
    static var schedules: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("schedules")
    }

    @Test("the built-in eu and no texts are schedules/working-time-eu.yaml and working-time-no.yaml verbatim",
          arguments: [("eu", "working-time-eu.yaml"), ("no", "working-time-no.yaml")])
    func textsMatchTheFiles(name: String, file: String) throws {
        let shipped = try String(contentsOf: Self.schedules.appendingPathComponent(file), encoding: .utf8)
        #expect(WorkingTimeRulesFile.builtInText(named: name) == shipped)
        #expect(try WorkingTimeRulesFile.load(nameOrPath: name) == WorkingTimeRulesFile.load(from: Self.schedules.appendingPathComponent(file)))
    }

    @Test("names ignore case; anything else is a path, and a missing file is an error naming it")
    func namesAndPaths() throws {
        #expect(try WorkingTimeRulesFile.load(nameOrPath: "NO").name == "Norway, Arbeidsmiljøloven chapter 10")
        #expect(WorkingTimeRulesFile.builtInNames == ["eu", "no"])
        #expect(throws: InterchangeError.self) { try WorkingTimeRulesFile.load(nameOrPath: "no-such-rules.yaml") }
    }
}
