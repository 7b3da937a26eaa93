import Quality

/// Fleiss' kappa for one criterion of a calibration session, when the scores fit it; otherwise
/// the reason it was left out.
///
/// ```swift
/// let kappa = QaCalibrationKappa(items: file.items, target: .criterion("greeting"))
/// kappa.kappa    // 0.4, or nil
/// kappa.note     // nil, or "raters per interaction differ (2 to 3) …"
/// ```
///
/// Fleiss' kappa (Fleiss 1971) treats scores as unordered categories and needs the same number
/// of raters on every subject, so it is computed only when
/// - every interaction scored on the criterion has the same number of scores, at least two
///   (an N/A changes the count), and
/// - every score is a whole number and the scores span at most ``maximumCategories`` points: a
///   scale such as 0–3, 1–5 or 0–10, not a 0–100 score where 80 and 81 would count as plain
///   disagreement. The overall score is such a score and never gets kappa.
/// Alpha at the chosen level is the coefficient to read; kappa is for teams that report it.
public struct QaCalibrationKappa: Equatable, Sendable {
    /// A wider span than this (0–10) looks like a continuous score rather than categories.
    public static let maximumCategories = 11

    /// The coefficient; nil when it was not computed or is undefined.
    public let kappa: Double?
    /// Subjects and raters per subject when computed.
    public let subjects: Int
    public let ratersPerSubject: Int
    /// Why ``kappa`` is nil; nil when it has a value.
    public let note: String?

    public init(items: [CalibrationItem], target: CalibrationTarget) {
        guard target != .overall else {
            self.init(kappa: nil, subjects: 0, ratersPerSubject: 0,
                      note: "the overall score is a continuous score, not categories; read alpha")
            return
        }
        let rows = items.map { $0.ratings.compactMap { $0.score(for: target) } }.filter { !$0.isEmpty }
        func skipped(_ reason: String) -> QaCalibrationKappa {
            QaCalibrationKappa(kappa: nil, subjects: 0, ratersPerSubject: 0, note: reason)
        }
        guard let first = rows.first else { self = skipped("no scores"); return }
        let counts = rows.map(\.count)
        guard let fewest = counts.min(), let most = counts.max(), fewest == most else {
            self = skipped("raters per interaction differ (\(counts.min() ?? 0) to \(counts.max() ?? 0)); "
                + "Fleiss' kappa needs the same number on every interaction")
            return
        }
        guard first.count >= 2 else { self = skipped("one score per interaction: nothing to compare"); return }
        let values = rows.joined()
        guard values.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e15 }) else {
            self = skipped("scores are not whole numbers; Fleiss' kappa needs categories")
            return
        }
        let categories = Set(values).sorted()
        if let lowest = categories.first, let highest = categories.last, highest - lowest >= Double(Self.maximumCategories) {
            self = skipped("scores span \(Int64(lowest))–\(Int64(highest)), more than \(Self.maximumCategories) points: "
                + "a continuous score rather than categories")
            return
        }
        let integers = rows.map { $0.map { Int64($0) } }
        guard let result = try? FleissKappa(ratings: integers, categories: categories.map { Int64($0) }) else {
            self = skipped("Fleiss' kappa could not be computed from these scores")
            return
        }
        self.init(kappa: result.kappa, subjects: result.subjects, ratersPerSubject: result.ratersPerSubject,
                  note: result.kappa == nil ? "every score is the same: kappa is undefined" : nil)
    }

    private init(kappa: Double?, subjects: Int, ratersPerSubject: Int, note: String?) {
        self.kappa = kappa
        self.subjects = subjects
        self.ratersPerSubject = ratersPerSubject
        self.note = note
    }
}
