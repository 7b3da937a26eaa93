/// A person as messages name them: display name and key.
public struct PersonLabel: Hashable, Sendable, CustomStringConvertible {
    public var key: String
    public var name: String

    public init(key: String, name: String) {
        self.key = key
        self.name = name
    }

    /// `Ana Žemaitė (ana)`, or just the key when the name is unknown or the same.
    public var description: String {
        name.isEmpty || name == key ? key : "\(name) (\(key))"
    }
}
