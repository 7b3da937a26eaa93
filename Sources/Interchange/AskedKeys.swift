/// The keys a type asked a mapping for, in the order it asked, for unknown-key checks.
struct AskedKeys {
    private(set) var ordered: [String] = []
    private var members: Set<String> = []

    mutating func insert(_ key: String) {
        if members.insert(key).inserted { ordered.append(key) }
    }

    func contains(_ key: String) -> Bool { members.contains(key) }
}
