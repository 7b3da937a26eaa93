/// What a shift plan optimises.
public enum ShiftPlanMode: String, Sendable, Equatable, Codable {
    /// Cover every interval in full at the least cost.
    case cover
    /// Under caps on agents or paid hours: minimise cost plus weighted shortfall and surplus.
    case balance
}
