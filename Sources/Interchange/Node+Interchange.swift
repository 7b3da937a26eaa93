internal import Yams

extension Node {
    /// Whether this is YAML null: a plain `~`, `null` or empty value (quoted ones are strings).
    var isNull: Bool {
        guard case let .scalar(scalar) = self, scalar.style == .plain || scalar.style == .any else { return false }
        let tag = scalar.tag.rawValue
        guard tag.isEmpty || tag == Tag.Name.null.rawValue else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// What the node is, phrased for "found …" in an error: `'heavy'`, `a list`, `null`.
    var foundDescription: String {
        switch self {
        case let .scalar(scalar):
            if isNull { return scalar.string.isEmpty ? "an empty value" : "null" }
            return "'\(InterchangeError.quoted(scalar.string))'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// The 1-based line and column where the node starts; nodes made in code have none.
    var location: (line: Int, column: Int) {
        guard let mark else { return (1, 1) }
        return (mark.line, mark.column)
    }
}
