import Foundation

/// One-line explanations of errors that come from other code (a type's `init(from:)`,
/// Foundation, Yams), for the `message` of an ``InterchangeError``.
enum ErrorMessage {
    /// The error's own words: `errorDescription` when it has one, else its description.
    static func describe(_ error: any Error) -> String {
        if let localized = error as? any LocalizedError, let description = localized.errorDescription {
            return description
        }
        return String(describing: error)
    }
}
