internal import Yams

/// Encodes `Encodable` values as YAML that ``YAMLLoader`` reads back.
///
/// ```swift
/// let text = try YAMLWriter.encode(scorecard)
/// ```
///
/// Non-ASCII text is written as is (`Žemaitė`, not `"\u017Demait\u0117"`), lines are not
/// wrapped, and mapping keys are sorted: Swift dictionaries iterate in a different order in every
/// process, and files people keep in version control must not change when nothing changed.
public enum YAMLWriter {
    /// The YAML text for `value`.
    public static func encode<T: Encodable>(_ value: T) throws(InterchangeError) -> String {
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        // Negative width means "never fold long lines" in libyaml.
        encoder.options.width = -1
        encoder.options.sortKeys = true
        do {
            return try encoder.encode(value)
        } catch let EncodingError.invalidValue(_, context) {
            // Yams wraps the type's own error; its message is the useful part.
            let message = context.underlyingError.map(ErrorMessage.describe) ?? context.debugDescription
            throw .encodingFailed(format: "YAML", message: message)
        } catch {
            throw .encodingFailed(format: "YAML", message: ErrorMessage.describe(error))
        }
    }
}
