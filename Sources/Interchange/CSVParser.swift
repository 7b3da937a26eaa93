/// The RFC 4180 state machine behind ``CSVReader`` and ``CSVRecordReader``, working on UTF-8
/// bytes for speed, one record at a time.
///
/// RFC 4180 section 2 rules, plus the leniencies real exports need: `;` and tab delimiters,
/// LF / CRLF / lone CR line ends, a quote inside an unquoted field kept literally, text after a
/// closing quote kept literally, and completely empty lines skipped.
///
/// Each call reads from a window of validated bytes that starts where the previous record ended.
/// Unless the window is final (it reaches the end of the input), a record that runs into the end
/// of the window, or needs the byte after it (a CR that may be half of CRLF, a quote that may be
/// half of `""`), stops with ``Stop/needMore``: the caller reads more and calls again from the
/// same place, and the line count is as it was before the call.
struct CSVParser {
    /// Why a call returned no record.
    enum Stop: Error {
        /// The record does not end inside the window; call again with a longer one.
        case needMore
        /// The input is not CSV as this reader accepts it.
        case failed(InterchangeError)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let apostrophe = UInt8(ascii: "'")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    let source: String
    /// The delimiter detected from the header line.
    private(set) var delimiter = UInt8(ascii: ",")
    /// The 1-based line at the start of the next window.
    private(set) var line = 1

    private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var index = 0
    private var isFinal = true

    init(source: String) {
        self.source = source
    }

    /// Reads the header line (after a byte order mark and blank lines) and detects the delimiter.
    ///
    /// Returns the bytes consumed and the header names, trimmed.
    mutating func readHeader(_ window: UnsafeBufferPointer<UInt8>, isFinal: Bool) throws(Stop) -> (Int, [String]) {
        begin(window, isFinal: isFinal)
        defer { end() }
        let startLine = line
        do throws(Stop) {
            if bytes.count < 3, !isFinal { throw Stop.needMore }
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                index = 3
            }
            try skipEmptyLines()
            guard index < bytes.count else { throw Stop.failed(.csvEmpty(file: source)) }
            let detected = try detectDelimiter()
            delimiter = detected
            var fields: [String] = []
            try parseRecord(into: &fields)
            return (index, fields.map { $0.trimmingWhitespace() })
        } catch {
            line = startLine
            throw error
        }
    }

    /// Reads the next record after blank lines; nil at the end of the input.
    ///
    /// Returns the bytes consumed and the record, which must have `width` fields.
    mutating func readRecord(_ window: UnsafeBufferPointer<UInt8>, isFinal: Bool,
                             width: Int) throws(Stop) -> (Int, CSVRow?) {
        begin(window, isFinal: isFinal)
        defer { end() }
        let startLine = line
        do throws(Stop) {
            try skipEmptyLines()
            guard index < bytes.count else { return (index, nil) }
            let recordLine = line
            var fields: [String] = []
            fields.reserveCapacity(width)
            try parseRecord(into: &fields)
            guard fields.count == width else {
                throw Stop.failed(.csvWrongWidth(file: source, line: recordLine, expected: width, found: fields.count))
            }
            return (index, CSVRow(line: recordLine, fields: fields))
        } catch {
            line = startLine
            throw error
        }
    }

    private mutating func begin(_ window: UnsafeBufferPointer<UInt8>, isFinal: Bool) {
        bytes = window
        index = 0
        self.isFinal = isFinal
    }

    private mutating func end() {
        bytes = UnsafeBufferPointer(start: nil, count: 0)
        index = 0
    }

    /// Consumes line ends at the current position; a blank line is not a record.
    private mutating func skipEmptyLines() throws(Stop) {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.lineFeed {
                index += 1
            } else if byte == Self.carriageReturn {
                if index + 1 == bytes.count, !isFinal { throw .needMore }
                index += 1
                if index < bytes.count, bytes[index] == Self.lineFeed { index += 1 }
            } else {
                return
            }
            line += 1
        }
        if !isFinal { throw .needMore }
    }

    /// Picks the candidate delimiter seen most often outside quotes on the header line.
    ///
    /// Ties go to the earlier candidate (`,` before `;` before tab); a header with no candidate
    /// at all is a single column and the comma is as good as any.
    private func detectDelimiter() throws(Stop) -> UInt8 {
        var counts = [0, 0, 0]
        var position = index
        var atFieldStart = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.lineFeed || byte == Self.carriageReturn { break }
            if atFieldStart, byte == Self.quote {
                // Skip the quoted part, honouring "" escapes; it may span lines.
                position += 1
                while position < bytes.count {
                    if bytes[position] == Self.quote {
                        if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                            position += 2
                            continue
                        }
                        break
                    }
                    position += 1
                }
                position += 1
                atFieldStart = false
                continue
            }
            if let candidate = Self.candidates.firstIndex(of: byte) {
                counts[candidate] += 1
                atFieldStart = true
            } else {
                atFieldStart = false
            }
            position += 1
        }
        // A scan that reached the end of the window (not a line end) may have missed candidates,
        // or taken the half of a "" pair for a closing quote.
        if position >= bytes.count, !isFinal { throw .needMore }
        var best = 0
        for candidate in 1..<counts.count where counts[candidate] > counts[best] {
            best = candidate
        }
        return Self.candidates[best]
    }

    /// Reads one record and the line end after it.
    private mutating func parseRecord(into fields: inout [String]) throws(Stop) {
        let count = bytes.count
        while true {
            if index < count, bytes[index] == Self.quote {
                fields.append(SpreadsheetFormulaGuard.restored(try parseQuotedField()))
            } else {
                let start = index
                while index < count {
                    let byte = bytes[index]
                    if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    index += 1
                }
                if index == count, !isFinal { throw .needMore }
                // The apostrophe CSVWriter puts before formula text (see SpreadsheetFormulaGuard).
                let field = string(start..<index)
                fields.append(start < index && bytes[start] == Self.apostrophe ? SpreadsheetFormulaGuard.restored(field) : field)
            }
            guard index < count else {
                if !isFinal { throw .needMore }
                return
            }
            let byte = bytes[index]
            index += 1
            if byte == delimiter { continue }
            if byte == Self.carriageReturn {
                if index == count, !isFinal { throw .needMore }
                if index < count, bytes[index] == Self.lineFeed { index += 1 }
            }
            line += 1
            return
        }
    }

    /// Reads a field that opens with a quote; the position is on that quote.
    private mutating func parseQuotedField() throws(Stop) -> String {
        let count = bytes.count
        let openedOn = line
        index += 1
        var segmentStart = index
        var unescaped: [UInt8] = []
        var hasEscapes = false
        while true {
            while index < count {
                let byte = bytes[index]
                if byte == Self.quote { break }
                if byte == Self.lineFeed {
                    line += 1
                } else if byte == Self.carriageReturn {
                    if index + 1 >= count {
                        if !isFinal { throw .needMore }
                        line += 1
                    } else if bytes[index + 1] != Self.lineFeed {
                        line += 1
                    }
                }
                index += 1
            }
            guard index < count else {
                if !isFinal { throw .needMore }
                throw .failed(.csvUnclosedQuote(file: source, line: openedOn))
            }
            if index + 1 == count, !isFinal { throw .needMore }
            if index + 1 < count, bytes[index + 1] == Self.quote {
                // "" is one literal quote: keep the segment including the first of the pair.
                hasEscapes = true
                unescaped.append(contentsOf: bytes[segmentStart...index])
                index += 2
                segmentStart = index
                continue
            }
            break
        }
        let contentEnd = index
        index += 1
        // Anything between the closing quote and the next delimiter is kept literally.
        let trailingStart = index
        while index < count {
            let byte = bytes[index]
            if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { break }
            index += 1
        }
        if index == count, !isFinal { throw .needMore }
        if !hasEscapes, trailingStart == index {
            return string(segmentStart..<contentEnd)
        }
        unescaped.append(contentsOf: bytes[segmentStart..<contentEnd])
        unescaped.append(contentsOf: bytes[trailingStart..<index])
        return String(decoding: unescaped, as: UTF8.self)
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
