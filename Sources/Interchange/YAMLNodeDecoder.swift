internal import Yams

/// A `Decoder` over one `Yams.Node`, so every error knows the line and column of its value.
struct YAMLNodeDecoder: Decoder {
    let node: Node
    let path: FieldPath
    let state: YAMLDecodingState

    var codingPath: [any CodingKey] { path.codingKeys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try YAMLKeyedContainer<Key>(node: node, path: path, state: state))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try YAMLUnkeyedContainer(node: node, path: path, state: state)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        YAMLSingleValueContainer(node: node, path: path, state: state)
    }
}
