import Foundation

/// Arbitrary JSON, so stored JSON text (audit before/after) is printed as nested objects
/// rather than as strings that need a second parse.
public enum JSONValue: Encodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses JSON text; text that is not JSON is kept as a string.
    public init(parsing text: String) {
        guard let data = text.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            self = .string(text)
            return
        }
        self = JSONValue(object)
    }

    public init(_ object: Any) {
        switch object {
        case let number as NSNumber:
            // JSONSerialization gives booleans as NSNumbers whose type code is char or bool.
            let code = String(cString: number.objCType)
            self = code == "c" || code == "B" ? .bool(number.boolValue) : .number(number.doubleValue)
        case let string as String: self = .string(string)
        case let array as [Any]: self = .array(array.map(JSONValue.init))
        case let dictionary as [String: Any]: self = .object(dictionary.mapValues(JSONValue.init))
        default: self = .null
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
