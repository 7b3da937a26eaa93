import Staffing

/// The length of the intervals in a file: `--interval` when given, else inferred from the file,
/// else 30 minutes.
///
/// The inferred length is the smallest gap between two starts of one channel (gaps across closed
/// hours or missing intervals are longer). A `--interval` that differs from it is refused: staffing
/// 30-minute counts as 15-minute intervals would double the traffic without a word.
public enum IntervalLength {
    public static let defaultMinutes = 30.0

    /// Seconds.
    public static func resolve(minutes given: Double?, rows: [IntervalLoad], source: String) throws -> Double {
        if let given, !(given.isFinite && given > 0) {
            throw StaffingError.invalidInput(field: "interval", value: given, requirement: "must be more than 0 minutes")
        }
        let byChannel = Dictionary(grouping: rows) { $0.channel.lowercased() }
        var smallest: (seconds: Double, earlier: IntervalLoad, later: IntervalLoad)?
        for channelRows in byChannel.values {
            let ordered = channelRows.sorted { ($0.start, $0.line) < ($1.start, $1.line) }
            for (earlier, later) in zip(ordered, ordered.dropFirst()) {
                let gap = later.start.orderingSeconds - earlier.start.orderingSeconds
                if gap == 0 {
                    let channel = later.channel.isEmpty ? "" : " for channel '\(later.channel)'"
                    throw ServiceError.invalidInput(InputProblem(
                        file: source, line: max(earlier.line, later.line), field: "interval_start",
                        sentence: "interval_start '\(later.startText)'\(channel) repeats line \(min(earlier.line, later.line))"))
                }
                if smallest == nil || gap < smallest!.seconds {
                    smallest = (gap, earlier, later)
                }
            }
        }
        guard let given else { return smallest?.seconds ?? defaultMinutes * 60 }
        if let smallest, abs(smallest.seconds - given * 60) > 0.5 {
            throw ServiceError.invalidInput(InputProblem(
                field: "interval", value: NumberText.plain(given),
                problem: "minutes do not match the file: the intervals starting on lines \(smallest.earlier.line) and "
                    + "\(smallest.later.line) are \(NumberText.plain(smallest.seconds / 60)) minutes apart", file: source))
        }
        return given * 60
    }
}
