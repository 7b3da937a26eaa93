import Foundation

/// JSON for `--format json` output: stable, diffable, and readable by scripts.
///
/// ```swift
/// print(JSONOutput.encode(report))
/// ```
///
/// Keys are snake_case (`serviceLevel` becomes `service_level`; dictionary keys are converted
/// too) and sorted, output is pretty printed, `/` is not escaped, and dates are ISO 8601
/// strings. A non-finite number (NaN, ±infinity) becomes `null`: JSON has no spelling for it and
/// scripts handle null better than a string where a number belongs.
public enum JSONOutput {
    /// A placeholder for non-finite numbers that no real string contains; replaced by `null`.
    private static let nonFinite = "\u{F8FF}headset-non-finite\u{F8FF}"

    /// The JSON text for `value`.
    ///
    /// Encoding cannot fail for plain data; if a type's own `encode(to:)` throws, the result is
    /// a JSON object `{"encoding_error": "…"}` so the output stays valid JSON.
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: nonFinite, negativeInfinity: nonFinite, nan: nonFinite
        )
        do {
            let text = String(decoding: try encoder.encode(value), as: UTF8.self)
            return text.replacingOccurrences(of: "\"\(nonFinite)\"", with: "null")
        } catch {
            let fallback = ["encoding_error": ErrorMessage.describe(error)]
            return (try? encoder.encode(fallback)).map { String(decoding: $0, as: UTF8.self) }
                ?? #"{"encoding_error": "unknown"}"#
        }
    }

    /// Decodes JSON written with snake_case keys and ISO 8601 dates; `source` names it in errors.
    ///
    /// Foundation maps `queue_url` to `queueUrl`, so a property spelt `queueURL` needs an explicit
    /// coding key to be read back.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, source: String) throws(InterchangeError) -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(type, from: data)
        } catch let error as DecodingError {
            throw interchangeError(from: error, source: source)
        } catch {
            throw .jsonInvalid(file: source, field: "", message: ErrorMessage.describe(error))
        }
    }

    private static func interchangeError(from error: DecodingError, source: String) -> InterchangeError {
        switch error {
        case let .keyNotFound(key, context):
            let path = FieldPath(codingPath: context.codingPath).appending(key: key.stringValue)
            return .jsonInvalid(file: source, field: path.mappingKeys(snakeCased).rendered, message: "missing field")
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            var message = context.debugDescription
            if let underlying = context.underlyingError {
                message += " (\(ErrorMessage.describe(underlying)))"
            }
            let field = context.codingPath.isEmpty
                ? "" : FieldPath(codingPath: context.codingPath).mappingKeys(snakeCased).rendered
            return .jsonInvalid(file: source, field: field, message: message)
        @unknown default:
            return .jsonInvalid(file: source, field: "", message: ErrorMessage.describe(error))
        }
    }

    /// A Swift property name as it appears in the JSON (`serviceLevel` → `service_level`,
    /// `queueURL` → `queue_url`), so error messages name fields the way the file spells them.
    static func snakeCased(_ name: String) -> String {
        let characters = Array(name)
        var result = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let startsWord = previous.isLowercase || previous.isNumber
                    || (previous.isUppercase && next?.isLowercase == true)
                if startsWord { result += "_" }
            }
            result += character.lowercased()
        }
        return result
    }
}
