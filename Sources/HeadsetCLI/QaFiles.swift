import Foundation
import Interchange

/// Reads the scorecard and answers files `headset qa` commands take, turning every problem into
/// its own `headset: error: file:line:column: …` line (exit 1).
enum QaFiles {
    static func scorecard(_ path: String) throws -> ScorecardFile {
        do {
            return try ScorecardFile.load(from: URL(fileURLWithPath: path))
        } catch {
            throw commandError(error)
        }
    }

    static func answers(_ path: String) throws -> AnswersFile {
        do {
            return try AnswersFile.load(from: URL(fileURLWithPath: path))
        } catch {
            throw commandError(error)
        }
    }

    /// All of the file's problems, one per `headset: error:` line.
    static func commandError(_ error: QualityFileError) -> CommandError {
        CommandError(error.messages.joined(separator: "\nheadset: error: "))
    }
}
