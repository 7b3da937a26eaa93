import Scheduling

/// Helpers the shift-file types share: turning a domain rule's complaint into a decoding error
/// placed at the field it names, and the file and line of a value.
enum ShiftYAMLField {
    /// `shifts.yaml:12` for the value `decoder` reads; nil outside ``YAMLLoader``.
    static func location(of decoder: any Decoder) -> String? {
        guard let yaml = decoder as? YAMLNodeDecoder else { return nil }
        return "\(yaml.state.source):\(yaml.node.location.line)"
    }

    /// A decoding error at `field` (`breaks[1].latest`) below the decoder's value, so the loader
    /// reports that field's line and path.
    static func error(at field: String, below decoder: any Decoder, message: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath + codingKeys(field), debugDescription: message))
    }

    /// `breaks[1].latest` as coding keys: `breaks`, 1, `latest`.
    static func codingKeys(_ field: String) -> [FieldCodingKey] {
        var keys: [FieldCodingKey] = []
        for part in field.split(separator: ".") {
            var name = Substring(part)
            var indices: [Int] = []
            while name.hasSuffix("]"), let open = name.lastIndex(of: "[") {
                guard let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) else { break }
                indices.insert(index, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty { keys.append(FieldCodingKey(stringValue: String(name))) }
            keys += indices.map { FieldCodingKey(intValue: $0) }
        }
        return keys
    }

    /// The message of a template rule, without the template and field the error location shows.
    static func message(of error: SchedulingError) -> String {
        if case let .invalidTemplate(_, _, message, _) = error { return message }
        return error.description
    }
}
