import Interchange
import Storage
import Workbook

/// An error caused by the user's input or environment, with the message to show.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The one place that decides which errors are the user's to fix (exit 1) and how they read.
enum UserFacingError {
    static func message(for error: any Error) -> String? {
        switch error {
        case let error as CommandError: return error.description
        case let error as StorageError: return error.description
        case let error as InterchangeError: return error.description
        case let error as WorkbookError:
            // A library failure while writing is the environment (disk, temp dir), not a bug.
            return error.description
        default: return nil
        }
    }
}
