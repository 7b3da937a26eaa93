import Foundation
public import Interchange

/// Reads the scorecard and answers files `headset qa` commands take, turning every problem into
/// its own `headset: error: file:line:column: …` line (exit 1).
public enum QaFiles {
    public static func scorecard(_ path: String) throws -> ScorecardFile {
        do {
            return try ScorecardFile.load(from: URL(fileURLWithPath: path))
        } catch {
            throw error
        }
    }

    public static func answers(_ path: String) throws -> AnswersFile {
        do {
            return try AnswersFile.load(from: URL(fileURLWithPath: path))
        } catch {
            throw error
        }
    }
}
