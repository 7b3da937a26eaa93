/// One interaction scored blind by several raters in a calibration session, one of them the
/// benchmark (expert).
public struct CalibrationItem: Equatable, Sendable {
    public let interactionId: String
    public let ratings: [CalibrationRating]

    public init(interactionId: String, ratings: [CalibrationRating]) {
        self.interactionId = interactionId
        self.ratings = ratings
    }
}
