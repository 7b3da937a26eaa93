import Foundation
internal import Yams

extension YAMLDecodingState {
    /// Decodes strings, numbers, booleans, dates and other scalar types; nil for other types.
    ///
    /// Choices where YAML is loose:
    /// - A quoted number or boolean (`"12"`, `'true'`) is accepted: people quote values without
    ///   meaning to change their type, and the target type already says what is wanted.
    /// - Any non-null scalar decodes as a `String` with its text as written (`version: 1.10`
    ///   gives "1.10"). A plain null (`~`, `null`, empty) is not a string.
    /// - Numbers follow YAML 1.2 rather than 1.1: integers with leading zeros are decimal (`08`
    ///   is 8; `0o17`, `0x1F` and `0b101` keep their bases), and base-60 forms are not numbers,
    ///   so a clock time like `08:30` in a number field is an error rather than 510.
    func decodeScalar<T: Decodable>(_ type: T.Type, from node: Node, at path: FieldPath) throws -> T? {
        if T.self == String.self {
            guard case let .scalar(scalar) = node, !node.isNull else {
                throw typeMismatch(node, at: path, expected: "a string")
            }
            return scalar.string as? T
        }
        guard let constructible = T.self as? any ScalarConstructible.Type else { return nil }
        guard case let .scalar(scalar) = node, let value = Self.construct(constructible, from: scalar) as? T else {
            throw typeMismatch(node, at: path, expected: Self.expectation(for: T.self))
        }
        return value
    }

    private static func construct(_ type: any ScalarConstructible.Type, from scalar: Node.Scalar) -> Any? {
        let isNumber = type is any BinaryInteger.Type || type is any BinaryFloatingPoint.Type || type == Decimal.self
        guard isNumber || type == Bool.self else { return type.construct(from: scalar) }
        var text = scalar.string
        if isNumber, text.contains(":") { return nil }
        if type is any BinaryInteger.Type {
            text = decimalWithoutLeadingZeros(text) ?? text
        }
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        guard quoted || text != scalar.string else { return type.construct(from: scalar) }
        return type.construct(from: Node.Scalar(text, .implicit, .plain))
    }

    /// `007` as `7` and `-08` as `-8`, or nil when the text is not a zero-padded decimal.
    private static func decimalWithoutLeadingZeros(_ text: String) -> String? {
        var digits = Substring(text)
        var sign = ""
        if let first = digits.first, first == "-" || first == "+" {
            sign = String(first)
            digits = digits.dropFirst()
        }
        guard digits.count > 1, digits.first == "0", digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") })
        else { return nil }
        let trimmed = digits.drop { $0 == "0" || $0 == "_" }
        return sign + (trimmed.isEmpty ? "0" : String(trimmed))
    }

    /// What a scalar type wants, phrased for "expected …".
    static func expectation(for type: Any.Type) -> String {
        if type == Bool.self { return "true or false" }
        if let integer = type as? any FixedWidthInteger.Type { return integerExpectation(integer) }
        if type is any BinaryFloatingPoint.Type || type == Decimal.self { return "a number" }
        if type == Date.self { return "a date or time such as 2025-03-30 or 2025-03-30T08:00:00Z" }
        if type == URL.self { return "a URL" }
        if type == UUID.self { return "a UUID" }
        if type == Data.self { return "base64 data" }
        return "a value of type \(type)"
    }

    private static func integerExpectation<I: FixedWidthInteger>(_ type: I.Type) -> String {
        if I.bitWidth < 64 { return "a whole number from \(I.min) to \(I.max)" }
        return I.isSigned ? "a whole number" : "a whole number, zero or more"
    }
}
