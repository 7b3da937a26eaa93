/// The timestamps of an interval history file as written, in one byte buffer: a message quotes a
/// timestamp exactly as the file has it, but a valid file needs none of them, so they are not
/// kept as one `String` per row.
///
/// A text equal to the one stored just before it is stored once (a file lists each interval start
/// once per channel, usually in a run).
///
/// ```swift
/// var texts = IntervalHistoryTextStore()
/// let at = texts.store("2003-03-03 07:00")
/// texts.text(at: at)   // "2003-03-03 07:00"
/// ```
struct IntervalHistoryTextStore {
    /// Each text as its UTF-8 length (LEB128) followed by its bytes.
    private var bytes: [UInt8] = []
    /// The last text stored: where its entry starts, where its bytes start, how many there are.
    private var last: (offset: Int, start: Int, count: Int)?

    /// Stores `text` and returns where it is.
    mutating func store(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { utf8 in
            if let last, last.count == utf8.count,
               bytes.withUnsafeBufferPointer({ all in
                   UnsafeBufferPointer(rebasing: all[last.start..<last.start + last.count]).elementsEqual(utf8)
               }) {
                return last.offset
            }
            let offset = bytes.count
            var count = utf8.count
            repeat {
                let low = UInt8(count & 0x7F)
                count >>= 7
                bytes.append(count > 0 ? low | 0x80 : low)
            } while count > 0
            let start = bytes.count
            bytes.append(contentsOf: utf8)
            last = (offset, start, utf8.count)
            return offset
        }
    }

    /// The text stored at `offset`.
    func text(at offset: Int) -> String {
        var index = offset
        var count = 0
        var shift = 0
        while true {
            let byte = bytes[index]
            index += 1
            count |= Int(byte & 0x7F) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        return bytes.withUnsafeBufferPointer { all in
            String(decoding: UnsafeBufferPointer(rebasing: all[index..<index + count]), as: UTF8.self)
        }
    }
}
