@testable import Interchange

// A frozen copy of the whole-file CSV parser as it was before reading became streaming (commit
// 3fa777a, Sources/Interchange/CSVParser.swift and CSVReader.parse(_:source:)), kept as the
// oracle the streaming reader is compared against. Do not fix bugs here: it is the reference.
/// The RFC 4180 state machine behind the old whole-file `CSVReader`.
///
/// RFC 4180 section 2 rules, plus the leniencies real exports need: `;` and tab delimiters,
/// LF / CRLF / lone CR line ends, a quote inside an unquoted field kept literally, text after a
/// closing quote kept literally, and completely empty lines skipped.
struct WholeFileCSVParser {
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let apostrophe = UInt8(ascii: "'")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    private let bytes: UnsafeBufferPointer<UInt8>
    private let source: String
    private var index = 0
    private var line = 1
    private var delimiter = UInt8(ascii: ",")

    private init(bytes: UnsafeBufferPointer<UInt8>, source: String) {
        self.bytes = bytes
        self.source = source
    }

    /// Parses already validated UTF-8 bytes.
    ///
    /// Returns a `Result` because the callers run inside `withUnsafeBytes`-style closures that
    /// cannot carry a typed error.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, source: String) -> Result<CSVDocument, InterchangeError> {
        var parser = WholeFileCSVParser(bytes: bytes, source: source)
        do {
            return .success(try parser.parseDocument())
        } catch {
            return .failure(error)
        }
    }

    private mutating func parseDocument() throws(InterchangeError) -> CSVDocument {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
        }
        skipEmptyLines()
        guard index < bytes.count else { throw .csvEmpty(file: source) }

        delimiter = detectDelimiter()
        var fields: [String] = []
        try parseRecord(into: &fields)
        let header = fields.map { $0.trimmingWhitespace() }

        var rows: [CSVRow] = []
        while true {
            skipEmptyLines()
            guard index < bytes.count else { break }
            let recordLine = line
            fields = []
            fields.reserveCapacity(header.count)
            try parseRecord(into: &fields)
            guard fields.count == header.count else {
                throw .csvWrongWidth(file: source, line: recordLine, expected: header.count, found: fields.count)
            }
            rows.append(CSVRow(line: recordLine, fields: fields))
        }
        return CSVDocument(
            source: source,
            delimiter: Character(Unicode.Scalar(delimiter)),
            header: header,
            rows: rows
        )
    }

    /// Consumes line ends at the current position; a blank line is not a record.
    private mutating func skipEmptyLines() {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.lineFeed {
                index += 1
            } else if byte == Self.carriageReturn {
                index += 1
                if index < bytes.count, bytes[index] == Self.lineFeed { index += 1 }
            } else {
                return
            }
            line += 1
        }
    }

    /// Picks the candidate delimiter seen most often outside quotes on the header line.
    ///
    /// Ties go to the earlier candidate (`,` before `;` before tab); a header with no candidate
    /// at all is a single column and the comma is as good as any.
    private func detectDelimiter() -> UInt8 {
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
        var best = 0
        for candidate in 1..<counts.count where counts[candidate] > counts[best] {
            best = candidate
        }
        return Self.candidates[best]
    }

    /// Reads one record and the line end after it.
    private mutating func parseRecord(into fields: inout [String]) throws(InterchangeError) {
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
                // The apostrophe CSVWriter puts before formula text (see SpreadsheetFormulaGuard).
                let field = string(start..<index)
                fields.append(start < index && bytes[start] == Self.apostrophe ? SpreadsheetFormulaGuard.restored(field) : field)
            }
            guard index < count else { return }
            let byte = bytes[index]
            index += 1
            if byte == delimiter { continue }
            if byte == Self.carriageReturn, index < count, bytes[index] == Self.lineFeed {
                index += 1
            }
            line += 1
            return
        }
    }

    /// Reads a field that opens with a quote; the position is on that quote.
    private mutating func parseQuotedField() throws(InterchangeError) -> String {
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
                } else if byte == Self.carriageReturn, index + 1 >= count || bytes[index + 1] != Self.lineFeed {
                    line += 1
                }
                index += 1
            }
            guard index < count else { throw .csvUnclosedQuote(file: source, line: openedOn) }
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

extension WholeFileCSVParser {
    /// `CSVReader.parse(_:source:)` as it was: validate every byte, then parse.
    static func parse(_ bytes: [UInt8], source: String) -> Result<CSVDocument, InterchangeError> {
        bytes.withUnsafeBufferPointer { buffer in
            if let offset = UTF8Validator.firstInvalidOffset(in: buffer) {
                return .failure(.notUTF8(file: source, line: UTF8Validator.line(at: offset, in: buffer)))
            }
            return parse(buffer, source: source)
        }
    }
}
