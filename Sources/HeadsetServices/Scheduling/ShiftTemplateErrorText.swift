import Scheduling

/// A shift-template problem the planner finds (a rule that needs the interval grid), placed at
/// the template's line in the shift file.
public enum ShiftTemplateErrorText {
    /// The message for `error` with `shifts` (the file) as its place when the template has no line.
    public static func placed(_ error: any Error, shifts: String) -> String {
        guard let error = error as? SchedulingError else { return "\(error)" }
        if case let .invalidTemplate(template, field, message, location) = error {
            let what = field.isEmpty ? "template '\(template)'" : "template '\(template)', field '\(field)'"
            return "\(location ?? shifts): \(what): \(message)"
        }
        return error.description
    }
}
