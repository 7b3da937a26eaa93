import Foundation
import Interchange
import Testing

/// Every YAML reader refuses a "billion laughs" document: aliases that expand a few hundred bytes
/// to millions of values.
@Suite("YAML alias bombs")
struct YAMLAliasBombTests {
    /// Seven levels of ten aliases: 10 million strings from about 500 bytes.
    static let bomb: String = {
        var lines = ["a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        let names = ["a", "b", "c", "d", "e", "f", "g"]
        for (previous, name) in zip(names, names.dropFirst()) {
            let aliases = Array(repeating: "*\(previous)", count: 10).joined(separator: ", ")
            lines.append("\(name): &\(name) [\(aliases)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    /// The readers a command can point at a file, each run on the same bomb.
    static let readers: [(name: String, read: @Sendable (URL) throws -> Void)] = [
        ("scorecard", { _ = try ScorecardFile.load(from: $0) }),
        ("answers", { _ = try AnswersFile.load(from: $0) }),
        ("organisation", { _ = try OrganizationReader.read(contentsOf: $0) }),
        ("shift templates", { _ = try ShiftTemplateFile.load(from: $0) }),
        ("calendar", { _ = try CalendarFile.load(from: $0) }),
        ("working-time rules", { _ = try WorkingTimeRulesFile.load(from: $0) }),
    ]

    @Test("every YAML reader refuses an alias bomb with an error that names the file",
          arguments: readers.indices)
    func everyReaderRefusesABomb(_ index: Int) throws {
        let reader = Self.readers[index]
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("bomb.yaml")
        try Data(Self.bomb.utf8).write(to: url)
        do {
            try reader.read(url)
            Issue.record("the \(reader.name) reader accepted an alias bomb")
        } catch {
            let message = String(describing: error)
            #expect(message.contains("bomb.yaml:"), "\(reader.name): \(message)")
            #expect(message.contains("aliases expand the document to more than"), "\(reader.name): \(message)")
        }
    }

    @Test("the YAML loader refuses an alias bomb in text as a syntax error at a line")
    func loaderRefusesABombInText() {
        #expect(throws: InterchangeError.self) {
            _ = try YAMLLoader.decode([String: [String]].self, yaml: Self.bomb, source: "laughs.yaml")
        }
        do {
            _ = try YAMLLoader.decode([String: [String]].self, yaml: Self.bomb, source: "laughs.yaml")
        } catch {
            guard case let .yamlSyntax(file, line, _, message) = error else {
                Issue.record("expected a syntax error, got \(error)")
                return
            }
            #expect(file == "laughs.yaml")
            #expect(line >= 1)
            #expect(message.contains("alias bomb"))
        }
    }

    @Test("ordinary anchors and aliases still decode")
    func ordinaryAliasesStillDecode() throws {
        let yaml = "base: &base [1, 2, 3]\ncopy: *base\n"
        let value = try YAMLLoader.decode([String: [Int]].self, yaml: yaml, source: "ok.yaml")
        #expect(value["copy"] == [1, 2, 3])
    }
}
