/// A JSON object written by hand for audit snapshots: keys sorted, absent values left out, text
/// as UTF-8 with only the escapes JSON requires, the same text `AuditLog`'s encoder writes.
///
/// An import of ten thousand people records tens of thousands of entities; building their JSON
/// directly is many times faster than a `JSONEncoder` per entity.
struct AuditJSONObject {
    private var fields: [(key: String, json: String)] = []

    mutating func add(_ key: String, _ value: String?) {
        if let value { fields.append((key, Self.quoted(value))) }
    }

    mutating func add(_ key: String, _ value: Int) {
        fields.append((key, String(value)))
    }

    mutating func add(_ key: String, _ values: [String]) {
        fields.append((key, "[" + values.map(Self.quoted).joined(separator: ",") + "]"))
    }

    /// A text map (translations by locale), keys sorted.
    mutating func add(_ key: String, _ map: [String: String]) {
        let pairs = map.keys.sorted().map { Self.quoted($0) + ":" + Self.quoted(map[$0]!) }
        fields.append((key, "{" + pairs.joined(separator: ",") + "}"))
    }

    var text: String {
        "{" + fields.sorted { $0.key < $1.key }.map { Self.quoted($0.key) + ":" + $0.json }.joined(separator: ",") + "}"
    }

    /// A JSON string literal (RFC 8259 section 7): quote, backslash and control characters escaped.
    static func quoted(_ text: String) -> String {
        var needsEscape = false
        for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            needsEscape = true
            break
        }
        guard needsEscape else { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
