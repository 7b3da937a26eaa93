import Interchange

extension InterchangeError {
    /// The line the error points at, when it points at one.
    var line: Int? {
        switch self {
        case let .notUTF8(_, line), let .csvUnclosedQuote(_, line), let .csvWrongWidth(_, line, _, _),
             let .csvInvalidValue(_, line, _, _, _), let .yamlSyntax(_, line, _, _),
             let .yamlTypeMismatch(_, line, _, _, _, _), let .yamlMissingKey(_, line, _, _),
             let .yamlUnknownKey(_, line, _, _, _), let .yamlInvalidValue(_, line, _, _, _):
            line
        case .unreadableFile, .unwritableFile, .csvEmpty, .csvMissingColumn, .csvDuplicateColumn,
             .jsonInvalid, .encodingFailed:
            nil
        }
    }
}

/// Number of lines in a text as editors count them: LF, CRLF and a lone CR each end a line.
func lineCount(of bytes: [UInt8]) -> Int {
    var lines = 1
    for (index, byte) in bytes.enumerated() {
        if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
            lines += 1
        }
    }
    return lines
}

/// Number of lines as YAML counts them, which also breaks lines at NEL, LS and PS.
func yamlLineCount(of text: String) -> Int {
    var lines = 1
    var previousWasCR = false
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n" where previousWasCR: break
        case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": lines += 1
        default: break
        }
        previousWasCR = scalar == "\r"
    }
    return lines
}
