/// A wrong value: the field it was given in (a domain name such as `date` or `notes.private`,
/// which each door maps to its own flag or form field), the value, and what is wrong with it.
public struct InputProblem: Equatable, Sendable, CustomStringConvertible {
    public let field: String
    public let value: String?
    public let problem: String
    /// The file and line the value came from, when it came from a file.
    public let file: String?
    public let line: Int?

    /// Whether ``problem`` is a whole sentence that already names the field (file readers').
    public let isSentence: Bool

    public init(field: String, value: String? = nil, problem: String, file: String? = nil, line: Int? = nil) {
        self.field = field
        self.value = value
        self.problem = problem
        self.file = file
        self.line = line
        isSentence = false
    }

    /// A problem a file reader words whole: `interval_start '07:00' repeats line 3`.
    public init(file: String?, line: Int? = nil, field: String, sentence: String) {
        self.field = field
        value = nil
        problem = sentence
        self.file = file
        self.line = line
        isSentence = true
    }

    public var description: String { described(field: field) }

    /// The message with the field spelt as a door calls it (`--date` for the CLI).
    public func described(field shown: String) -> String {
        let place = file.map { file in line.map { "\(file):\($0): " } ?? "\(file): " } ?? (line.map { "line \($0): " } ?? "")
        if isSentence { return place + problem }
        guard !shown.isEmpty else { return "\(place)" + (value.map { "'\($0)' " } ?? "") + problem }
        let given = value.map { " '\($0)'" } ?? ""
        return "\(place)\(shown)\(given): \(problem)"
    }
}
