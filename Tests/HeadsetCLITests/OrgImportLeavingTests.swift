import Foundation
import Testing

/// Issue 12 end to end: people files that drop someone with an evaluation are refused until the
/// import says when they leave; then their manager still reads the evaluation and the chart from
/// the leaving date no longer lists them.
@Suite("headset org import: people who leave")
struct OrgImportLeavingTests {
    typealias Flow = QaEvaluationFlowTests

    /// The demo organisation files without every row that names `person` (as person or manager).
    static func filesWithout(_ person: String, in scratch: ScratchDirectory) throws -> [String] {
        var names: [String] = []
        for name in ["people.csv", "assignments.csv", "lines.csv"] {
            let text = try String(contentsOfFile: Flow.path("org/\(name)"), encoding: .utf8)
            let kept = text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
                !line.split(separator: ",").contains { $0 == person }
            }
            try Data(kept.joined(separator: "\n").utf8).write(to: scratch.file(name))
            names.append(name)
        }
        return [Flow.path("org/structure.yaml")] + names
    }

    static func run(_ arguments: [String], in scratch: ScratchDirectory) throws -> HeadsetProcess.Result {
        try HeadsetProcess.run(arguments + ["--database", "qa.sqlite"], in: scratch.url)
    }

    static func auditCount(in scratch: ScratchDirectory) throws -> Int {
        let audit = try run(["audit", "--all", "--limit", "0", "--format", "json"], in: scratch)
        #expect(audit.status == 0, "\(audit.standardError)")
        return (try JSONSerialization.jsonObject(with: Data(audit.standardOutput.utf8)) as? [Any])?.count ?? -1
    }

    @Test("dropping an evaluated agent is refused naming them; with --leaving they are ended, their manager still reads the evaluation, and the chart after the date omits them")
    func droppedAgentLeavesOnADate() throws {
        let scratch = try Flow.prepared()
        let made = try Flow.evaluate(agent: "ieva.petraityte", by: "egle.zemaite", in: scratch, extra: ["--format", "json"])
        #expect(made.status == 0, "\(made.standardError)")
        let evaluation = "call-88123/egle.zemaite"   // interaction date 2026-11-23 (scorecards/examples/voice-call.yaml)
        let files = try Self.filesWithout("ieva.petraityte", in: scratch)
        let audited = try Self.auditCount(in: scratch)

        let refused = try Self.run(["org", "import", "--create"] + files, in: scratch)
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("Ieva Petraitytė (ieva.petraityte)"), "\(refused.standardError)")
        #expect(refused.standardError.contains("1 evaluation as agent"), "\(refused.standardError)")
        #expect(refused.standardError.contains("--leaving"), "says how to proceed: \(refused.standardError)")
        #expect(!refused.standardOutput.contains("Stored"))
        #expect(try Self.auditCount(in: scratch) == audited, "nothing stored, nothing audited")
        let still = try Self.run(["org", "show", "ieva.petraityte", "--as-of", "2026-12-05", "--format", "csv"], in: scratch)
        #expect(still.status == 0, "still in the organisation: \(still.standardError)")

        let left = try Self.run(["org", "import", "--create"] + files + ["--leaving", "ieva.petraityte=2026-12-01"], in: scratch)
        #expect(left.status == 0, "\(left.standardError)")
        #expect(left.standardOutput.contains("~ person ieva.petraityte: leaves on (none) → '2026-12-01'"), "\(left.standardOutput)")
        #expect(left.standardOutput.contains("~ reporting line ieva.petraityte@2025-07-01: valid to (none) → '2026-11-30'"))
        #expect(!left.standardOutput.contains("- person"))
        let person = try Self.run(["org", "show", "ieva.petraityte", "--as-of", "2026-11-30", "--format", "json"], in: scratch)
        #expect(person.standardOutput.contains("\"leaves_on\" : \"2026-12-01\""), "org show names the leaving day: \(person.standardOutput)")

        let shown = try Flow.qa(["show", "--evaluation", evaluation, "--as", "egle.zemaite", "--format", "json"], in: scratch)
        #expect(shown.status == 0, "her manager still reads her November evaluation: \(shown.standardError)")
        #expect(shown.standardOutput.contains("ieva.petraityte"))

        let before = try Self.run(["org", "chart", "--as-of", "2026-11-30"], in: scratch)
        #expect(before.standardOutput.contains("Ieva Petraitytė (ieva.petraityte)"), "\(before.standardOutput)")
        let after = try Self.run(["org", "chart", "--as-of", "2026-12-01"], in: scratch)
        #expect(after.status == 0, "\(after.standardError)")
        #expect(after.standardOutput.contains("Eglė Žemaitė (egle.zemaite)"))
        #expect(!after.standardOutput.contains("ieva.petraityte"), "\(after.standardOutput)")

        let again = try Self.run(["org", "import", "--create"] + files, in: scratch)
        #expect(again.status == 0, "someone who left need not be named again: \(again.standardError)")
        #expect(again.standardOutput.hasSuffix("No changes; nothing was stored.\n"))
    }
}
