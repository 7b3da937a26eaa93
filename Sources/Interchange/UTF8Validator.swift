/// Finds the first byte that is not valid UTF-8, so errors can name its line.
enum UTF8Validator {
    /// What a run of bytes holds, for reading a file chunk by chunk.
    enum Scan: Equatable {
        /// Every byte is valid UTF-8.
        case valid
        /// Valid up to `at`, where a sequence starts that the bytes after the end may complete.
        case incomplete(at: Int)
        /// The byte sequence at `at` is not UTF-8, whatever follows.
        case invalid(at: Int)
    }

    /// The offset of the first invalid byte sequence, or nil when all bytes are valid UTF-8.
    ///
    /// Follows the well-formed byte sequences of the Unicode Standard, table 3-7: no overlong
    /// forms, no surrogates, nothing above U+10FFFF.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if case let .invalid(offset) = scan(bytes, isFinal: true) { return offset }
        return nil
    }

    /// Checks `bytes` as in ``firstInvalidOffset(in:)``; unless `isFinal`, a sequence cut short by
    /// the end is ``Scan/incomplete(at:)`` rather than invalid (the next chunk may finish it).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool) -> Scan {
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            let trailing: Int
            switch lead {
            case 0xC2...0xDF: trailing = 1
            case 0xE0: trailing = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: trailing = 2
            case 0xED: trailing = 2; high = 0x9F
            case 0xF0: trailing = 3; low = 0x90
            case 0xF1...0xF3: trailing = 3
            case 0xF4: trailing = 3; high = 0x8F
            default: return .invalid(at: index)
            }
            let available = min(trailing, count - index - 1)
            if available >= 1 {
                let second = bytes[index + 1]
                guard second >= low, second <= high else { return .invalid(at: index) }
            }
            var offset = 2
            while offset <= available {
                guard bytes[index + offset] & 0xC0 == 0x80 else { return .invalid(at: index) }
                offset += 1
            }
            guard available == trailing else { return isFinal ? .invalid(at: index) : .incomplete(at: index) }
            index += trailing + 1
        }
        return .valid
    }

    /// The 1-based line holding `offset`; LF, CRLF and a lone CR each end a line.
    static func line(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
            } else if byte == 0x0D, index + 1 >= bytes.count || bytes[index + 1] != 0x0A {
                line += 1
            }
            index += 1
        }
        return line
    }
}
