import Foundation
internal import Yams

/// What one YAML decode shares across its decoders: the file name, whether the document is
/// empty, and which keys each mapping's type asked about.
///
/// A class because every nested decoder and container records into the same place; it lives
/// only for one synchronous decode, so it needs no locking.
final class YAMLDecodingState {
    let source: String
    /// An empty document (or a lone `~`) decodes like an empty mapping or list, so a struct
    /// reports its first missing field instead of a puzzling type mismatch.
    let documentIsEmpty: Bool
    private var askedKeys: [FieldPath: AskedKeys] = [:]

    init(source: String, documentIsEmpty: Bool) {
        self.source = source
        self.documentIsEmpty = documentIsEmpty
    }

    // MARK: Key tracking

    /// Records that the mapping at `path` was decoded by a type that declares its keys.
    func opened(_ path: FieldPath) {
        if askedKeys[path] == nil { askedKeys[path] = AskedKeys() }
    }

    /// Records that the type decoding the mapping at `path` asked for `key`.
    func asked(_ key: String, at path: FieldPath) {
        askedKeys[path, default: AskedKeys()].insert(key)
    }

    /// The keys asked at `path`, or nil when no type opened that mapping.
    func keysAsked(at path: FieldPath) -> AskedKeys? {
        askedKeys[path]
    }

    // MARK: Decoding

    /// Decodes `type` from `node`, turning every failure into an ``InterchangeError`` at the
    /// innermost node that caused it.
    func decode<T: Decodable>(_ type: T.Type, from node: Node, at path: FieldPath) throws -> T {
        if let value = try decodeScalar(type, from: node, at: path) {
            return value
        }
        do {
            return try T(from: YAMLNodeDecoder(node: node, path: path, state: self))
        } catch let error as InterchangeError {
            throw error
        } catch {
            throw rejected(error, by: T.self, node: node, path: path)
        }
    }

    // MARK: Errors

    func typeMismatch(_ node: Node, at path: FieldPath, expected: String) -> InterchangeError {
        let (line, column) = node.location
        let found = documentIsEmpty && path == .root ? "an empty document" : node.foundDescription
        return .yamlTypeMismatch(
            file: source, line: line, column: column, field: path.rendered, expected: expected, found: found
        )
    }

    /// A required key is absent; when a key the type has not asked about looks like a misspelling
    /// of it (`weigth` for `weight`), that key is reported instead, since it is what to fix.
    func missingKey(_ key: String, in mapping: Node, at path: FieldPath) -> InterchangeError {
        if case let .mapping(pairs) = mapping, let asked = keysAsked(at: path) {
            for (keyNode, _) in pairs {
                guard let candidate = keyNode.scalar?.string, candidate != key, !asked.contains(candidate),
                      KeySuggestion.closest(to: candidate, among: [key]) != nil
                else { continue }
                let (line, column) = keyNode.location
                return .yamlUnknownKey(
                    file: source, line: line, column: column,
                    field: path.appending(key: candidate).rendered, suggestion: key
                )
            }
        }
        let (line, column) = mapping.location
        return .yamlMissingKey(file: source, line: line, column: column, field: path.appending(key: key).rendered)
    }

    func invalidValue(_ node: Node, at path: FieldPath, message: String) -> InterchangeError {
        let (line, column) = node.location
        return .yamlInvalidValue(file: source, line: line, column: column, field: path.rendered, message: message)
    }

    /// An error a type's `init(from:)` threw, placed at the node it names.
    ///
    /// A `DecodingError` whose coding path points below this value (as
    /// `DecodingError.dataCorruptedError(forKey:in:debugDescription:)` does) is placed at that
    /// child; anything else is placed at the value itself, keeping the type's own message.
    func rejected(_ error: any Error, by type: Any.Type, node: Node, path: FieldPath) -> InterchangeError {
        guard let decodingError = error as? DecodingError else {
            return invalidValue(node, at: path, message: ErrorMessage.describe(error))
        }
        let context: DecodingError.Context
        switch decodingError {
        case let .dataCorrupted(errorContext), let .keyNotFound(_, errorContext),
             let .typeMismatch(_, errorContext), let .valueNotFound(_, errorContext):
            context = errorContext
        @unknown default:
            return invalidValue(node, at: path, message: ErrorMessage.describe(error))
        }
        let (target, targetPath) = descend(from: node, at: path, along: context.codingPath)
        if case let .keyNotFound(key, _) = decodingError {
            return missingKey(key.stringValue, in: target, at: targetPath)
        }
        if case .dataCorrupted = decodingError, targetPath == path, case .scalar = node,
           let names = Self.caseNames(of: type) {
            let choices = names.map { "'\($0)'" }.joined(separator: ", ")
            return invalidValue(node, at: path, message: "expected one of \(choices), found \(node.foundDescription)")
        }
        var message = context.debugDescription
        if let underlying = context.underlyingError {
            message += message.isEmpty ? ErrorMessage.describe(underlying) : " (\(ErrorMessage.describe(underlying)))"
        }
        return invalidValue(target, at: targetPath, message: message.isEmpty ? "invalid value" : message)
    }

    /// Follows the part of `codingPath` below `path` into the tree, as far as it exists.
    private func descend(from node: Node, at path: FieldPath, along codingPath: [any CodingKey]) -> (Node, FieldPath) {
        let prefix = path.codingKeys
        guard codingPath.count > prefix.count,
              zip(prefix, codingPath).allSatisfy({ $0.stringValue == $1.stringValue })
        else { return (node, path) }
        var current = node
        var currentPath = path
        for key in codingPath.dropFirst(prefix.count) {
            switch current {
            case let .mapping(mapping):
                guard let value = mapping.first(where: { $0.key.scalar?.string == key.stringValue })?.value else {
                    return (current, currentPath)
                }
                current = value
                currentPath = currentPath.appending(key: key.stringValue)
            case let .sequence(sequence):
                guard let index = key.intValue, sequence.indices.contains(index) else { return (current, currentPath) }
                current = sequence[index]
                currentPath = currentPath.appending(index: index)
            default:
                return (current, currentPath)
            }
        }
        return (current, currentPath)
    }

    /// The accepted spellings of a `CaseIterable` enum (raw values when it has them).
    private static func caseNames(of type: Any.Type) -> [String]? {
        guard let iterable = type as? any CaseIterable.Type else { return nil }
        return names(of: iterable)
    }

    private static func names<C: CaseIterable>(of type: C.Type) -> [String] {
        type.allCases.map { value in
            if let raw = value as? any RawRepresentable { return "\(raw.rawValue)" }
            return "\(value)"
        }
    }
}
