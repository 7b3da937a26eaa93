/// What ``OrgSnapshot/headcount(by:under:)`` groups people by.
public enum HeadcountDimension: String, Hashable, Sendable, CaseIterable, Codable {
    /// Job family key.
    case family
    /// Role key.
    case role
    /// Title key.
    case title
    /// Manager key: the people below each person who has reports (their whole subtree, not
    /// counting the manager).
    case team
}
