internal import Yams

/// The guard every YAML reader passes through before decoding: aliases may not expand a
/// document far beyond its written size.
///
/// An alias (`*name`) repeats the value its anchor (`&name`) marks. The parser shares the
/// repeated values, so a 400-byte "billion laughs" document composes instantly, but anything
/// that walks it (decoding, the node index, the unknown-key check) visits every repetition:
/// nine levels of ten aliases are a thousand million values. ``check(_:yaml:source:)`` counts
/// the values the document expands to and stops counting at the limit, so the check itself
/// costs at most the limit.
///
/// ```swift
/// try YAMLExpansionLimit.check(root, yaml: text, source: "bomb.yaml")
/// // bomb.yaml:2:5: aliases expand the document to more than 103780 values ...
/// ```
enum YAMLExpansionLimit {
    /// Values any document may expand to, whatever its size.
    static let floor = 100_000
    /// Values allowed per byte of YAML text beyond the floor. A document without aliases has at
    /// most one value per two bytes (`[a,b,c]`), so this leaves room for ordinary anchors.
    static let perByte = 10

    /// The largest number of values (mapping keys, mapping values, list items and scalars, each
    /// repetition counted) that a document of `byteCount` bytes may expand to.
    static func limit(forByteCount byteCount: Int) -> Int {
        let (scaled, overflow) = byteCount.multipliedReportingOverflow(by: perByte)
        return overflow ? Int.max : floor + scaled
    }

    /// Throws a ``InterchangeError/yamlSyntax(file:line:column:message:)`` placed at the value
    /// where the count passed the limit.
    static func check(_ root: Node, yaml: String, source: String) throws(InterchangeError) {
        let limit = limit(forByteCount: yaml.utf8.count)
        var remaining = limit
        if let place = firstNodeBeyond(&remaining, in: root) {
            throw .yamlSyntax(
                file: source, line: place.line, column: place.column,
                message: "aliases expand the document to more than \(limit) values "
                    + "(a YAML alias bomb?); repeat fewer anchored values or write them out")
        }
    }

    /// Counts `node` and everything below it against `remaining`; the place of the node that
    /// exhausted it, or nil when the whole tree fits.
    private static func firstNodeBeyond(_ remaining: inout Int, in node: Node) -> (line: Int, column: Int)? {
        // An explicit stack: nesting is bounded by libyaml, but not every stack is large.
        var stack: [Node] = [node]
        while let current = stack.popLast() {
            remaining -= 1
            if remaining < 0 { return current.location }
            switch current {
            case let .mapping(mapping):
                for (key, value) in mapping.reversed() {
                    stack.append(value)
                    stack.append(key)
                }
            case let .sequence(sequence):
                stack.append(contentsOf: sequence.reversed())
            case .scalar, .alias:
                break
            }
        }
        return nil
    }
}
