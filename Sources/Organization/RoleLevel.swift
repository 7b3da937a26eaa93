/// The standard rungs of the ladder, for ``Role/level``; organisations may use other integers.
///
/// A manager's role level must be above the level of the people reporting to them
/// (see ``LevelPolicy``).
public enum RoleLevel {
    public static let agent = 1
    public static let seniorAgent = 2
    /// Team lead or supervisor.
    public static let teamLead = 3
    public static let manager = 4
    public static let head = 5
    public static let chiefCustomerOfficer = 6
}
