internal import Yams

/// Turns Yams parser errors into ``InterchangeError/yamlSyntax(file:line:column:message:)``.
enum YAMLSyntaxError {
    static func interchangeError(from error: any Error, source: String, yaml: String) -> InterchangeError {
        guard let yamlError = error as? YamlError else {
            return .yamlSyntax(file: source, line: 1, column: 1, message: String(describing: error))
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = problem
            if let context, !context.text.isEmpty {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            return .yamlSyntax(file: source, line: mark.line, column: mark.column, message: message)
        case let .reader(problem, offset, _, _):
            let (line, column) = position(ofCharacter: offset ?? 0, in: yaml)
            return .yamlSyntax(file: source, line: line, column: column, message: problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\(InterchangeError.quoted($0))'" }.joined(separator: ", ")
            let message = duplicates.count == 1
                ? "the key \(keys) appears more than once in this mapping"
                : "the keys \(keys) appear more than once in this mapping"
            return .yamlSyntax(file: source, line: context.mark.line, column: context.mark.column, message: message)
        default:
            return .yamlSyntax(file: source, line: 1, column: 1, message: String(describing: yamlError))
        }
    }

    /// Line and column (in Unicode scalars, as libyaml counts) of the character at `offset`.
    ///
    /// Line breaks are those YAML 1.1 knows: LF, CR, CRLF, NEL, LS and PS.
    private static func position(ofCharacter offset: Int, in yaml: String) -> (line: Int, column: Int) {
        let end = yaml.index(yaml.startIndex, offsetBy: max(0, offset), limitedBy: yaml.endIndex) ?? yaml.endIndex
        var line = 1
        var column = 1
        var previousWasCR = false
        for scalar in yaml[..<end].unicodeScalars {
            switch scalar {
            case "\n" where previousWasCR:
                break
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                line += 1
                column = 1
            default:
                column += 1
            }
            previousWasCR = scalar == "\r"
        }
        return (line, column)
    }
}
