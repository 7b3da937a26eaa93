internal import Yams

/// Reads a YAML sequence item by item, numbering items from 0 in field paths.
struct YAMLUnkeyedContainer: UnkeyedDecodingContainer {
    private let node: Node
    private let path: FieldPath
    private let state: YAMLDecodingState
    private let elements: [Node]
    private(set) var currentIndex = 0

    init(node: Node, path: FieldPath, state: YAMLDecodingState) throws {
        switch node {
        case let .sequence(sequence):
            elements = Array(sequence)
        case _ where state.documentIsEmpty && path == .root:
            elements = []
        default:
            throw state.typeMismatch(node, at: path, expected: "a list")
        }
        self.node = node
        self.path = path
        self.state = state
    }

    var codingPath: [any CodingKey] { path.codingKeys }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    mutating func decodeNil() throws -> Bool {
        guard try next().isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try state.decode(type, from: next(), at: path.appending(index: currentIndex))
        currentIndex += 1
        return value
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try decodeValue(type) }
    mutating func decode(_ type: String.Type) throws -> String { try decodeValue(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try decodeValue(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try decodeValue(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try decodeValue(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try decodeValue(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try decodeValue(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try decodeValue(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try decodeValue(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try decodeValue(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeValue(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeValue(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeValue(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeValue(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        let container = try YAMLKeyedContainer<NestedKey>(
            node: next(), path: path.appending(index: currentIndex), state: state
        )
        currentIndex += 1
        return KeyedDecodingContainer(container)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let container = try YAMLUnkeyedContainer(node: next(), path: path.appending(index: currentIndex), state: state)
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let decoder = YAMLNodeDecoder(node: try next(), path: path.appending(index: currentIndex), state: state)
        currentIndex += 1
        return decoder
    }

    private mutating func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        try decode(type)
    }

    private func next() throws -> Node {
        guard !isAtEnd else {
            throw state.invalidValue(
                node, at: path,
                message: "expected at least \(currentIndex + 1) items, found \(elements.count)"
            )
        }
        return elements[currentIndex]
    }
}
