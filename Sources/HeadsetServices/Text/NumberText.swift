import Foundation

/// Numbers as the command prints them: exact for CSV, rounded with units for people.
public enum NumberText {
    /// `100` for whole numbers, else the shortest text that reads back as the same Double.
    public static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// `88.8 %` for 0.8884.
    public static func percent(_ fraction: Double) -> String {
        String(format: "%.1f %%", fraction * 100)
    }

    /// `7.8` (one decimal).
    public static func oneDecimal(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    /// `80` for 80, `87.5` for 87.5: a user's percentage or seconds echoed back.
    public static func short(_ value: Double) -> String {
        plain((value * 1e9).rounded() / 1e9)
    }
}
