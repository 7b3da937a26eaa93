internal import Yams

/// Reads a YAML mapping for a type with named fields, recording which keys the type asked for.
struct YAMLKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    private let node: Node
    private let path: FieldPath
    private let state: YAMLDecodingState
    /// Scalar keys in document order with their values; complex keys are left to the
    /// unknown-key check.
    private let entries: [(key: String, value: Node)]
    private let positions: [String: Int]

    init(node: Node, path: FieldPath, state: YAMLDecodingState) throws {
        switch node {
        case let .mapping(mapping):
            entries = mapping.compactMap { pair in pair.key.scalar.map { ($0.string, pair.value) } }
        case _ where state.documentIsEmpty && path == .root:
            entries = []
        default:
            throw state.typeMismatch(node, at: path, expected: "a mapping")
        }
        var positions: [String: Int] = [:]
        for (position, entry) in entries.enumerated() {
            positions[entry.key] = position
        }
        self.node = node
        self.path = path
        self.state = state
        self.positions = positions
        state.opened(path)
    }

    var codingPath: [any CodingKey] { path.codingKeys }

    /// Every key the type can represent; a dictionary asks for all of them this way.
    var allKeys: [Key] {
        entries.compactMap { entry in
            guard let key = Key(stringValue: entry.key) else { return nil }
            state.asked(entry.key, at: path)
            return key
        }
    }

    func contains(_ key: Key) -> Bool {
        state.asked(key.stringValue, at: path)
        return positions[key.stringValue] != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        try value(for: key).isNull
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try state.decode(type, from: value(for: key), at: path.appending(key: key.stringValue))
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodeValue(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodeValue(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodeValue(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodeValue(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodeValue(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodeValue(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodeValue(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodeValue(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodeValue(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodeValue(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodeValue(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decodeValue(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decodeValue(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decodeValue(type, key) }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type,
        forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        let child = try value(for: key)
        return KeyedDecodingContainer(
            try YAMLKeyedContainer<NestedKey>(node: child, path: path.appending(key: key.stringValue), state: state)
        )
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try YAMLUnkeyedContainer(node: value(for: key), path: path.appending(key: key.stringValue), state: state)
    }

    func superDecoder() throws -> any Decoder {
        try decoder(for: FieldCodingKey.superKey.stringValue)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try decoder(for: key.stringValue)
    }

    private func decodeValue<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        try state.decode(type, from: value(for: key), at: path.appending(key: key.stringValue))
    }

    private func decoder(for key: String) throws -> any Decoder {
        state.asked(key, at: path)
        guard let position = positions[key] else { throw state.missingKey(key, in: node, at: path) }
        return YAMLNodeDecoder(node: entries[position].value, path: path.appending(key: key), state: state)
    }

    private func value(for key: Key) throws -> Node {
        state.asked(key.stringValue, at: path)
        guard let position = positions[key.stringValue] else {
            throw state.missingKey(key.stringValue, in: node, at: path)
        }
        return entries[position].value
    }
}
