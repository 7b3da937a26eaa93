import HeadsetServices
import ArgumentParser
import Foundation
import Interchange
import Storage
import Workbook

/// Parses, runs, and maps errors to exit codes: 0 ok, 1 user or input error, 2 usage error,
/// 3 internal error. Messages go to standard error, one line, prefixed `headset: error:`.
enum CommandRunner {
    static func run(arguments: [String]) -> Int32 {
        do {
            var command = try Headset.parseAsRoot(arguments)
            try command.run()
            return ExitStatus.ok
        } catch {
            return report(error)
        }
    }

    static func report(_ error: any Error) -> Int32 {
        if let message = UserFacingError.message(for: error) {
            printError("headset: error: \(message)")
            return ExitStatus.inputError
        }
        if let exit = error as? ExitCode {
            return exit.rawValue
        }
        let parserCode = Headset.exitCode(for: error)
        if parserCode == .success {
            print(Headset.fullMessage(for: error))
            return ExitStatus.ok
        }
        if parserCode == .validationFailure {
            printError(Headset.fullMessage(for: error))
            printError("Run 'headset --help' or 'headset help <command>' for usage.")
            return ExitStatus.usageError
        }
        printError("headset: internal error: \(error)")
        printError("This is a bug in Headset; please report it with the command you ran.")
        return ExitStatus.internalError
    }
}

enum ExitStatus {
    static let ok: Int32 = 0
    static let inputError: Int32 = 1
    static let usageError: Int32 = 2
    static let internalError: Int32 = 3
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
