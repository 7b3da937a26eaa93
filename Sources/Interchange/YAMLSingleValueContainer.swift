internal import Yams

/// Reads one YAML value, for scalars and for types that wrap another value.
struct YAMLSingleValueContainer: SingleValueDecodingContainer {
    let node: Node
    let path: FieldPath
    let state: YAMLDecodingState

    var codingPath: [any CodingKey] { path.codingKeys }

    func decodeNil() -> Bool { node.isNull }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try state.decode(type, from: node, at: path)
    }

    func decode(_ type: Bool.Type) throws -> Bool { try state.decode(type, from: node, at: path) }
    func decode(_ type: String.Type) throws -> String { try state.decode(type, from: node, at: path) }
    func decode(_ type: Double.Type) throws -> Double { try state.decode(type, from: node, at: path) }
    func decode(_ type: Float.Type) throws -> Float { try state.decode(type, from: node, at: path) }
    func decode(_ type: Int.Type) throws -> Int { try state.decode(type, from: node, at: path) }
    func decode(_ type: Int8.Type) throws -> Int8 { try state.decode(type, from: node, at: path) }
    func decode(_ type: Int16.Type) throws -> Int16 { try state.decode(type, from: node, at: path) }
    func decode(_ type: Int32.Type) throws -> Int32 { try state.decode(type, from: node, at: path) }
    func decode(_ type: Int64.Type) throws -> Int64 { try state.decode(type, from: node, at: path) }
    func decode(_ type: UInt.Type) throws -> UInt { try state.decode(type, from: node, at: path) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try state.decode(type, from: node, at: path) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try state.decode(type, from: node, at: path) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try state.decode(type, from: node, at: path) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try state.decode(type, from: node, at: path) }
}
