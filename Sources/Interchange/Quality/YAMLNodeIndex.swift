internal import Yams

/// Where every value (and every mapping key) of a YAML document starts, by field path.
///
/// Built once from the document's node tree, so checks that run after decoding (a scorecard's
/// ``Quality/Scorecard/validate()``, the scoring engine's answer problems) can still point at
/// the line and column a person must edit.
///
/// ```swift
/// let index = YAMLNodeIndex(decoder)                      // inside init(from:)
/// index.value(at: path)                                    // the node's place, e.g. 42:13
/// index.nearestValue(at: path)                             // or the closest ancestor's
/// ```
struct YAMLNodeIndex: Sendable {
    /// A 1-based line and column, as libyaml counts them.
    struct Place: Hashable, Sendable {
        let line: Int
        let column: Int
    }

    private var values: [FieldPath: Place] = [:]
    private var keys: [FieldPath: Place] = [:]
    /// The scalar keys of each mapping, in document order.
    private var mappingKeys: [FieldPath: [String]] = [:]

    /// An index of nothing: every lookup falls back to line 1, column 1.
    init() {}

    /// The index of the value `decoder` reads and everything below it; empty for decoders
    /// other than ``YAMLLoader``'s.
    init(_ decoder: any Decoder) {
        guard let yaml = decoder as? YAMLNodeDecoder else { return }
        add(yaml.node, at: yaml.path)
    }

    /// The place of the value at `path`, if the document has one there.
    func value(at path: FieldPath) -> Place? { values[path] }

    /// The place of the key that leads to `path` (the `weight` of `weight: 0`).
    func key(at path: FieldPath) -> Place? { keys[path] }

    /// The keys the mapping at `path` holds, in document order (empty when it is not a mapping).
    func keys(under path: FieldPath) -> [String] { mappingKeys[path] ?? [] }

    /// The value at `path`, else that of its nearest ancestor present in the document: a field
    /// that was left out (a default) is reported where its owner starts.
    func nearestValue(at path: FieldPath) -> Place {
        var current = path
        while true {
            if let place = values[current] { return place }
            guard !current.components.isEmpty else { return Place(line: 1, column: 1) }
            current = Self.parent(of: current)
        }
    }

    /// `sections[1].weight` → `sections[1]` → `sections` → the root.
    static func parent(of path: FieldPath) -> FieldPath {
        path.components.dropLast().reduce(FieldPath.root) { $0.appending($1) }
    }

    private mutating func add(_ node: Node, at path: FieldPath) {
        values[path] = Self.place(of: node)
        switch node {
        case let .mapping(mapping):
            var names: [String] = []
            for (keyNode, value) in mapping {
                guard let key = keyNode.scalar?.string else { continue }
                names.append(key)
                let child = path.appending(key: key)
                keys[child] = Self.place(of: keyNode)
                add(value, at: child)
            }
            mappingKeys[path] = names
        case let .sequence(sequence):
            for (index, element) in sequence.enumerated() {
                add(element, at: path.appending(index: index))
            }
        case .scalar, .alias:
            break
        }
    }

    private static func place(of node: Node) -> Place {
        let (line, column) = node.location
        return Place(line: line, column: column)
    }
}
