import Interchange
import Testing

@Suite("Error descriptions")
struct InterchangeErrorTests {
    /// One of every case, with line breaks in the user-supplied parts.
    private static let everyCase: [InterchangeError] = [
        .unreadableFile(path: "f.csv", reason: "no such\nfile"),
        .unwritableFile(path: "f.csv", reason: "disk\nfull"),
        .notUTF8(file: "f.csv", line: 3),
        .csvEmpty(file: "f.csv"),
        .csvUnclosedQuote(file: "f.csv", line: 2),
        .csvWrongWidth(file: "f.csv", line: 4, expected: 3, found: 2),
        .csvMissingColumn(file: "f.csv", column: "calls", accepted: ["calls", "volume"]),
        .csvDuplicateColumn(file: "f.csv", column: "a\nb"),
        .csvInvalidValue(file: "f.csv", line: 5, column: "calls", value: "1\n2", expected: "a number"),
        .yamlSyntax(file: "f.yaml", line: 1, column: 2, message: "bad\nthing"),
        .yamlTypeMismatch(file: "f.yaml", line: 1, column: 2, field: "a", expected: "a number", found: "'x\ny'"),
        .yamlMissingKey(file: "f.yaml", line: 1, column: 2, field: "a"),
        .yamlUnknownKey(file: "f.yaml", line: 1, column: 2, field: "a\rb", suggestion: "ab"),
        .yamlInvalidValue(file: "f.yaml", line: 1, column: 2, field: "a", message: "too\nbig"),
        .jsonInvalid(file: "f.json", field: "a", message: "bad\n"),
        .encodingFailed(format: "YAML", message: "x\ny"),
    ]

    @Test("every description is one line that starts with the file", arguments: everyCase)
    func oneLine(error: InterchangeError) {
        let lineBreaks = error.description.filter(\.isNewline)
        #expect(lineBreaks.isEmpty)
        #expect(error.description.hasPrefix("f.") || error.description.hasPrefix("YAML output: "))
    }

    @Test("descriptions read like compiler messages")
    func examples() {
        #expect(InterchangeError.csvWrongWidth(file: "w.csv", line: 4, expected: 3, found: 2).description
            == "w.csv:4: expected 3 fields as in the header, found 2")
        #expect(InterchangeError.notUTF8(file: "b.csv", line: 9).description
            == "b.csv:9: the file is not valid UTF-8; save it with UTF-8 encoding")
        #expect(InterchangeError.yamlUnknownKey(file: "t.yaml", line: 3, column: 5, field: "colour", suggestion: nil).description
            == "t.yaml:3:5: unknown field 'colour'")
        #expect(InterchangeError.csvInvalidValue(file: "b.csv", line: 2, column: "n", value: "a\nb", expected: "a number").description
            == "b.csv:2: column 'n': expected a number, found 'a\\nb'")
    }

    @Test("cuts a very long value short in the description but keeps it whole in the case")
    func longValues() {
        let value = String(repeating: "x", count: 500)
        let error = InterchangeError.csvInvalidValue(file: "b.csv", line: 2, column: "n", value: value, expected: "a number")
        #expect(error.description.count < 200)
        #expect(error.description.hasSuffix("…'"))
        guard case let .csvInvalidValue(_, _, _, kept, _) = error else { return }
        #expect(kept == value)
    }
}
