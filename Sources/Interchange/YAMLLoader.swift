import Foundation
internal import Yams

/// Decodes YAML files into `Decodable` types, with file, line, column and field path in every
/// error, and rejects keys the type does not know.
///
/// ```swift
/// let card = try YAMLLoader.decode(Scorecard.self, from: URL(fileURLWithPath: "voice-call.yaml"))
/// ```
///
/// Beyond the Codable basics:
/// - Unknown keys are errors, reported at the first one in document order with the closest
///   known key as a suggestion: a misspelt optional field would otherwise be silently ignored.
/// - Errors a type throws from `init(from:)` (a domain rule) keep their message and get the
///   location of the value that was rejected.
/// - `~`, `null` and an empty value decode as nil for optionals; an empty document decodes as an
///   empty mapping, so a struct reports its first missing field.
/// - Quoted numbers and booleans are accepted, strings are taken as written, and integers with
///   leading zeros are decimal; see the scalar rules in the decoder.
/// - Strings are not Unicode-normalised: NFC and NFD spellings come back exactly as written.
/// - Anchors and aliases work; merge keys (`<<`) are not supported and count as unknown keys.
///   Aliases may not expand a document far beyond its size (an alias bomb): every reader of
///   YAML files goes through here, and ``YAMLExpansionLimit`` refuses such a document before
///   anything walks it.
public enum YAMLLoader {
    /// Reads and decodes a file; errors name the file by its path as given.
    public static func decode<T: Decodable>(_ type: T.Type, from url: URL) throws(InterchangeError) -> T {
        let data = try FileAccess.read(url)
        let source = FileAccess.displayName(of: url)
        let text = data.withUnsafeBytes { raw -> String? in
            let bytes = raw.assumingMemoryBound(to: UInt8.self)
            guard UTF8Validator.firstInvalidOffset(in: bytes) == nil else { return nil }
            return String(decoding: bytes, as: UTF8.self)
        }
        guard let text else {
            let line = data.withUnsafeBytes { raw in
                let bytes = raw.assumingMemoryBound(to: UInt8.self)
                return UTF8Validator.line(at: UTF8Validator.firstInvalidOffset(in: bytes) ?? 0, in: bytes)
            }
            throw .notUTF8(file: source, line: line)
        }
        return try decode(type, yaml: text, source: source)
    }

    /// Decodes YAML text; `source` is the name used in error messages.
    public static func decode<T: Decodable>(_ type: T.Type, yaml: String, source: String) throws(InterchangeError) -> T {
        // libyaml only skips a byte order mark at the very start of a stream it decodes itself.
        let text = yaml.unicodeScalars.first == "\u{FEFF}" ? String(yaml.unicodeScalars.dropFirst()) : yaml
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw YAMLSyntaxError.interchangeError(from: error, source: source, yaml: text)
        }
        let node = root ?? Node("", .implicit, .plain)
        try YAMLExpansionLimit.check(node, yaml: text, source: source)
        let state = YAMLDecodingState(source: source, documentIsEmpty: node.isNull)
        let value: T
        do {
            value = try state.decode(type, from: node, at: .root)
        } catch let error as InterchangeError {
            throw error
        } catch {
            throw state.rejected(error, by: type, node: node, path: .root)
        }
        if let unknown = state.firstUnknownKey(in: node, at: .root) {
            throw unknown
        }
        return value
    }
}
