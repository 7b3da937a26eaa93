import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a CSV file one record at a time, holding a chunk of it in memory rather than all of it.
///
/// ```swift
/// let reader = try CSVRecordReader(contentsOf: URL(fileURLWithPath: "bank.csv"))
/// reader.header          // ["DateTime", "Calls"]
/// while let row = try reader.next() { … }
/// ```
///
/// The format is ``CSVReader``'s: UTF-8 with an optional byte order mark, the delimiter detected
/// from the header line, every record as wide as the header, blank lines skipped. The file is read
/// in chunks of ``chunkSize`` bytes (more while one record is longer than that) and validated as
/// UTF-8 as it arrives; a quoted field, a multi-byte character or a CRLF may span chunks.
///
/// Problems are thrown when reading reaches them, in file order: a record of the wrong width on
/// line 2 is thrown after the first chunk, whatever comes later. (`CSVReader.parse(_:source:)` given
/// `Data` checks all of its bytes as UTF-8 first, since it has them anyway.)
public final class CSVRecordReader {
    /// The chunk size files are read in unless a reader is told otherwise: 64 KiB.
    public static let defaultChunkSize = 64 * 1_024

    /// The name used in error messages (usually the path as the user typed it).
    public let source: String
    /// How many bytes are read at a time.
    public let chunkSize: Int
    /// The delimiter detected from the header line: `,`, `;` or a tab.
    public private(set) var delimiter: Character = ","
    /// Column names from the header line, trimmed of surrounding whitespace.
    public private(set) var header: [String] = []
    /// Bytes taken from the input so far.
    public private(set) var bytesRead = 0

    /// Fills the buffer it is given from the input; returns the bytes written, 0 at the end.
    private let input: (UnsafeMutableBufferPointer<UInt8>) throws(InterchangeError) -> Int
    private var parser: CSVParser
    /// Bytes read and not yet handed out; `start..<validEnd` is known to be UTF-8.
    private var storage: [UInt8] = []
    private var start = 0
    private var validEnd = 0
    private var end = 0
    /// Where the first byte that is not UTF-8 is in `storage`.
    private var invalidAt: Int?
    private var inputEnded = false

    /// Opens the file at `url` and reads its header; errors name the file by its path as given.
    public convenience init(contentsOf url: URL, chunkSize: Int = CSVRecordReader.defaultChunkSize) throws(InterchangeError) {
        let handle = try FileAccess.openForReading(url)
        let path = FileAccess.displayName(of: url)
        try self.init(source: path, chunkSize: chunkSize) { (buffer: UnsafeMutableBufferPointer<UInt8>) throws(InterchangeError) -> Int in
            while true {
                let count = read(handle.fileDescriptor, buffer.baseAddress, buffer.count)
                if count >= 0 { return count }
                if errno == EINTR { continue }
                throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Reads CSV from `input`, a function that fills the buffer it is given and returns how many
    /// bytes it wrote (0 at the end); `source` is the name used in error messages.
    public init(source: String, chunkSize: Int = CSVRecordReader.defaultChunkSize,
                input: @escaping (UnsafeMutableBufferPointer<UInt8>) throws(InterchangeError) -> Int) throws(InterchangeError) {
        self.source = source
        self.chunkSize = max(1, chunkSize)
        self.input = input
        parser = CSVParser(source: source)
        try readHeader()
    }

    /// Reads CSV held in memory; `source` is the name used in error messages.
    public init(bytes: [UInt8], source: String) throws(InterchangeError) {
        self.source = source
        chunkSize = max(1, bytes.count)
        input = { _ in 0 }
        parser = CSVParser(source: source)
        storage = bytes
        end = bytes.count
        inputEnded = true
        validate()
        try readHeader()
    }

    /// The next record, or nil after the last one.
    public func next() throws(InterchangeError) -> CSVRow? {
        let width = header.count
        return try attempt { (parser: inout CSVParser, window, isFinal) throws(CSVParser.Stop) in
            try parser.readRecord(window, isFinal: isFinal, width: width)
        }
    }

    /// Every remaining record, as a document with the header.
    public func readAll() throws(InterchangeError) -> CSVDocument {
        var rows: [CSVRow] = []
        while let row = try next() {
            rows.append(row)
        }
        return CSVDocument(source: source, delimiter: delimiter, header: header, rows: rows)
    }

    private func readHeader() throws(InterchangeError) {
        header = try attempt { (parser: inout CSVParser, window, isFinal) throws(CSVParser.Stop) in
            try parser.readHeader(window, isFinal: isFinal)
        }
        delimiter = Character(Unicode.Scalar(parser.delimiter))
    }

    /// Runs `body` over the validated bytes not yet consumed, reading more until it has enough.
    private func attempt<Value>(
        _ body: (inout CSVParser, UnsafeBufferPointer<UInt8>, Bool) throws(CSVParser.Stop) -> (Int, Value)
    ) throws(InterchangeError) -> Value {
        while true {
            let isFinal = inputEnded && invalidAt == nil && validEnd == end
            let outcome = storage.withUnsafeBufferPointer { all -> Result<(Int, Value), CSVParser.Stop> in
                let window = UnsafeBufferPointer(rebasing: all[start..<validEnd])
                do throws(CSVParser.Stop) {
                    return .success(try body(&parser, window, isFinal))
                } catch {
                    return .failure(error)
                }
            }
            switch outcome {
            case let .success((consumed, value)):
                start += consumed
                return value
            case let .failure(.failed(error)):
                throw error
            case .failure(.needMore):
                if let invalidAt {
                    // The record runs into the bad byte: name its line, counted from the record's.
                    let line = storage.withUnsafeBufferPointer { all in
                        UTF8Validator.line(at: invalidAt - start, in: UnsafeBufferPointer(rebasing: all[start..<invalidAt]))
                    }
                    throw .notUTF8(file: source, line: parser.line + line - 1)
                }
                try fill()
            }
        }
    }

    /// Reads the next chunk after the bytes not yet consumed (moved to the front first). While
    /// one record is longer than a chunk, each read doubles what is buffered, so a long record
    /// is parsed a bounded number of times over.
    private func fill() throws(InterchangeError) {
        if start > 0 {
            storage.withUnsafeMutableBufferPointer { all in
                if start < end {
                    _ = memmove(all.baseAddress!, all.baseAddress! + start, end - start)
                }
            }
            end -= start
            validEnd -= start
            invalidAt = invalidAt.map { $0 - start }
            start = 0
        }
        let wanted = max(chunkSize, end)
        if storage.count < end + wanted {
            storage.append(contentsOf: repeatElement(0, count: end + wanted - storage.count))
        }
        let filled = end
        let result = storage.withUnsafeMutableBufferPointer { all -> Result<Int, InterchangeError> in
            do throws(InterchangeError) {
                return .success(try input(UnsafeMutableBufferPointer(rebasing: all[filled..<filled + wanted])))
            } catch {
                return .failure(error)
            }
        }
        let count = try result.get()
        if count == 0 {
            inputEnded = true
        } else {
            end += min(count, wanted)
            bytesRead += min(count, wanted)
        }
        validate()
    }

    /// Extends `validEnd` over the bytes that are UTF-8, holding back a character cut by the end
    /// of what has been read, and notes the first byte that is not.
    private func validate() {
        guard invalidAt == nil, validEnd < end else { return }
        let scan = storage.withUnsafeBufferPointer { all in
            UTF8Validator.scan(UnsafeBufferPointer(rebasing: all[validEnd..<end]), isFinal: inputEnded)
        }
        switch scan {
        case .valid:
            validEnd = end
        case let .incomplete(offset):
            validEnd += offset
        case let .invalid(offset):
            validEnd += offset
            invalidAt = validEnd
        }
    }
}
