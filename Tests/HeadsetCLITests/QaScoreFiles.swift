import Foundation

/// The repository's shipped scorecards and examples, for the `headset qa` tests.
enum QaScoreFiles {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let cards = ["voice-call", "email", "chat", "letter"]

    /// `scorecards/NAME.yaml` as an absolute path.
    static func card(_ name: String) -> String {
        repository.appendingPathComponent("scorecards/\(name).yaml").path
    }

    /// `scorecards/examples/NAME.yaml` as an absolute path.
    static func example(_ name: String) -> String {
        repository.appendingPathComponent("scorecards/examples/\(name).yaml").path
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
    }

    /// Runs `headset` in a scratch directory holding `files` (name → text).
    static func run(_ arguments: [String], files: [String: String] = [:]) throws -> HeadsetProcess.Result {
        let scratch = try ScratchDirectory()
        for (name, text) in files {
            let url = scratch.file(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return try HeadsetProcess.run(arguments, in: scratch.url)
    }

    static func json(_ result: HeadsetProcess.Result) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any] else {
            throw CocoaError(.propertyListReadCorrupt)
        }
        return object
    }
}
