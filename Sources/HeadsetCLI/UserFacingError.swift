import ArgumentParser
import Coaching
import Forecasting
import HeadsetServices
import Quality
import Foundation
import Interchange
import Scheduling
import Staffing
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
        case let error as ServiceError: return serviceMessage(error)
        case let error as DemoError: return error.description
        case let error as QualityFileError: return error.messages.joined(separator: "\nheadset: error: ")
        case let error as StorageError: return error.description
        case let error as InterchangeError: return error.description
        case let error as IntervalHistoryError: return error.description
        case let error as OrganizationFileError: return error.description
        case let error as OrganizationStoreError: return organizationMessage(error.messages)
        case let error as ForecastingError: return error.description
        case let error as StaffingError: return staffingMessage(error)
        case let error as SchedulingError: return error.description
        case let error as ShiftFileError: return error.description
        case let error as QualityStoreError: return error.description
        case let error as EvaluationError: return error.description
        case let error as DisputeError: return error.description
        case let error as AgreementError: return error.description
        case let error as SamplingError: return error.description
        case let error as CoachingError: return error.description
        case let error as CoachingStoreError: return error.description
        case let error as WorkbookError:
            // A library failure while writing is the environment (disk, temp dir), not a bug.
            return error.description
        default: return nil
        }
    }

    /// Runs a check from a command's `validate()`: a service error becomes a usage error with
    /// the field spelt as its option (ArgumentParser wraps anything else as an internal error).
    static func validating(_ check: () throws -> Void) throws {
        do {
            try check()
        } catch let error as ServiceError {
            throw ValidationError(serviceMessage(error))
        }
    }

    /// A service error with its field spelt as the option that gave it (`date` → `--date`).
    private static func serviceMessage(_ error: ServiceError) -> String {
        guard case .invalidInput(let problem) = error else { return error.description }
        if problem.isSentence { return problem.description }
        return problem.described(field: CommandField.option(for: problem.field))
    }

    /// Every problem on its own `headset: error:` line, at most 50 of them.
    private static func organizationMessage(_ messages: [String]) -> String {
        let limit = 50
        var lines = Array(messages.prefix(limit))
        if messages.count > limit { lines.append("… and \(messages.count - limit) more errors") }
        return lines.joined(separator: "\nheadset: error: ")
    }

    /// The Staffing module's words, with the offending value shown as the user typed it: a
    /// percentage comes back from a fraction (`--shrinkage 110` is 1.1 × 100 = 110.00000000000001).
    private static func staffingMessage(_ error: StaffingError) -> String {
        guard case let .invalidInput(field, value, requirement) = error else { return error.description }
        let shown = value.isFinite ? Double(String(format: "%.10g", value)) ?? value : value
        return StaffingError.invalidInput(field: field, value: shown, requirement: requirement).description
    }
}
