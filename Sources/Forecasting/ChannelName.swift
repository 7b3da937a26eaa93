import Foundation

/// Channel names as Headset keeps them: without surrounding white space and in lower case, so
/// `Phone`, `phone ` and `PHONE` in a history file, a requirements file or `--channel` are one
/// channel, stored and shown as `phone`. The one place that decides it: readers, storage and
/// commands all call ``normalized(_:)``.
///
/// ```swift
/// ChannelName.normalized("  Phone ")   // "phone"
/// ```
public enum ChannelName {
    /// `name` trimmed of white space and new lines, lower-cased (Unicode default case mapping,
    /// independent of the locale).
    public static func normalized(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
