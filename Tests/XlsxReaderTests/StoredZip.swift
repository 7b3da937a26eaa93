import Foundation

/// Writes small zip archives with stored (uncompressed) entries, so tests can build packages the
/// fixtures do not cover without depending on a zip library.
struct StoredZip {
    /// Entries in archive order: path and content.
    var entries: [(path: String, data: Data)] = []

    mutating func add(_ path: String, _ text: String) {
        entries.append((path, Data(text.utf8)))
    }

    mutating func add(_ path: String, _ data: Data) {
        entries.append((path, data))
    }

    /// The archive bytes (no ZIP64: every entry and the archive stay under 4 GiB).
    func archive() -> Data {
        var output = Data()
        var directory = Data()
        for (path, data) in entries {
            let name = Data(path.utf8)
            let crc = Self.crc32(data)
            let offset = UInt32(output.count)
            // Local file header.
            output.append(le32: 0x0403_4B50)
            output.append(le16: 20)  // version needed
            output.append(le16: 0x0800)  // UTF-8 names
            output.append(le16: 0)  // stored
            output.append(le16: 0)  // time
            output.append(le16: 0x21)  // date: 1980-01-01
            output.append(le32: crc)
            output.append(le32: UInt32(data.count))
            output.append(le32: UInt32(data.count))
            output.append(le16: UInt16(name.count))
            output.append(le16: 0)
            output.append(name)
            output.append(data)
            // Central directory record.
            directory.append(le32: 0x0201_4B50)
            directory.append(le16: 20)
            directory.append(le16: 20)
            directory.append(le16: 0x0800)
            directory.append(le16: 0)
            directory.append(le16: 0)
            directory.append(le16: 0x21)
            directory.append(le32: crc)
            directory.append(le32: UInt32(data.count))
            directory.append(le32: UInt32(data.count))
            directory.append(le16: UInt16(name.count))
            directory.append(le16: 0)  // extra
            directory.append(le16: 0)  // comment
            directory.append(le16: 0)  // disk
            directory.append(le16: 0)  // internal attributes
            directory.append(le32: 0)  // external attributes
            directory.append(le32: offset)
            directory.append(name)
        }
        let directoryOffset = UInt32(output.count)
        output.append(directory)
        output.append(le32: 0x0605_4B50)
        output.append(le16: 0)
        output.append(le16: 0)
        output.append(le16: UInt16(entries.count))
        output.append(le16: UInt16(entries.count))
        output.append(le32: UInt32(directory.count))
        output.append(le32: directoryOffset)
        output.append(le16: 0)
        return output
    }

    /// Writes the archive to a new temporary file and returns its URL.
    func write() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("XlsxReaderTests-\(UUID().uuidString).xlsx")
        try archive().write(to: url)
        return url
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// CRC-32 (ISO-HDLC), as zip requires.
    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            crcTable.withUnsafeBufferPointer { table in
                for byte in bytes {
                    crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
                }
            }
        }
        return crc ^ 0xFFFF_FFFF
    }
}

extension Data {
    fileprivate mutating func append(le16 value: UInt16) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    fileprivate mutating func append(le32 value: UInt32) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
