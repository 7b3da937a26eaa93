internal import Yams

extension YAMLDecodingState {
    /// The first key, in document order, that the type decoding its mapping never asked about.
    ///
    /// Mappings no type opened with named fields (a value a custom type read some other way, or
    /// one skipped after `contains`) are not checked, nor is anything below them.
    func firstUnknownKey(in node: Node, at path: FieldPath) -> InterchangeError? {
        switch node {
        case let .mapping(mapping):
            guard let asked = keysAsked(at: path) else { return nil }
            for (keyNode, value) in mapping {
                let (line, column) = keyNode.location
                guard let key = keyNode.scalar?.string else {
                    return .yamlUnknownKey(
                        file: source, line: line, column: column,
                        field: path.appending(key: "(\(keyNode.foundDescription) as a key)").rendered,
                        suggestion: nil
                    )
                }
                guard asked.contains(key) else {
                    return .yamlUnknownKey(
                        file: source, line: line, column: column,
                        field: path.appending(key: key).rendered,
                        suggestion: KeySuggestion.closest(to: key, among: asked.ordered)
                    )
                }
                if let unknown = firstUnknownKey(in: value, at: path.appending(key: key)) {
                    return unknown
                }
            }
            return nil
        case let .sequence(sequence):
            for (index, element) in sequence.enumerated() {
                if let unknown = firstUnknownKey(in: element, at: path.appending(index: index)) {
                    return unknown
                }
            }
            return nil
        case .scalar, .alias:
            return nil
        }
    }
}
