/// Whom an export or a report is for: one person, who sees what the hierarchy lets them see,
/// or everything, which only the operator of the database may ask for (the CLI's `--all`).
public enum ReportAudience: Sendable, Equatable {
    case person(Actor)
    case everything(operatorName: String)

    /// The reader's person key, or nil for everything.
    public var person: String? {
        if case .person(let actor) = self { return actor.person }
        return nil
    }
}
