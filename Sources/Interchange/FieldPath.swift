/// Where a value sits in a YAML or JSON document, rendered like `sections[1].items[0].weight`.
struct FieldPath: Hashable {
    /// One step: a mapping key or a 0-based sequence index.
    enum Component: Hashable {
        case key(String)
        case index(Int)
    }

    private(set) var components: [Component] = []

    static let root = FieldPath()

    func appending(_ component: Component) -> FieldPath {
        var copy = self
        copy.components.append(component)
        return copy
    }

    func appending(key: String) -> FieldPath { appending(.key(key)) }
    func appending(index: Int) -> FieldPath { appending(.index(index)) }

    /// The same path with every key passed through `transform`.
    func mappingKeys(_ transform: (String) -> String) -> FieldPath {
        var copy = self
        copy.components = components.map { component in
            if case let .key(key) = component { return .key(transform(key)) }
            return component
        }
        return copy
    }

    /// The path as people read it; the document itself is `(root)`.
    var rendered: String {
        guard !components.isEmpty else { return "(root)" }
        var text = ""
        for component in components {
            switch component {
            case let .key(key):
                if !text.isEmpty { text += "." }
                text += key
            case let .index(index):
                text += "[\(index)]"
            }
        }
        return text
    }

    /// A path from a `codingPath`; keys with an integer value are taken as sequence indices.
    init(codingPath: [any CodingKey]) {
        components = codingPath.map { key in
            key.intValue.map(Component.index) ?? .key(key.stringValue)
        }
    }

    init() {}

    /// The path as `Decoder.codingPath`.
    var codingKeys: [any CodingKey] {
        components.map { component in
            switch component {
            case let .key(key): FieldCodingKey(stringValue: key)
            case let .index(index): FieldCodingKey(intValue: index)
            }
        }
    }
}
