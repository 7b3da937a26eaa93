import Foundation
import ZIPFoundation

/// The decompressed parts of an .xlsx zip archive, looked up by part name.
struct ZipPackage: Sendable {
    /// Every entry path in archive order, as stored.
    let entryPaths: [String]
    private let parts: [String: Data]
    /// Lower-cased part name -> stored name; OPC part names compare case-insensitively.
    private let caseInsensitiveNames: [String: String]

    /// Reads and decompresses every entry, checking CRCs.
    init(contentsOf url: URL) throws {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw XlsxReaderError.fileNotReadable(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw XlsxReaderError.fileNotReadable(path: path, reason: "it is a directory")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw XlsxReaderError.fileNotReadable(path: path, reason: "permission denied")
        }

        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw XlsxReaderError.notAZipArchive(path: path, reason: "\(error)")
        }

        var entryPaths: [String] = []
        var parts: [String: Data] = [:]
        for entry in archive {
            entryPaths.append(entry.path)
            guard entry.type == .file else { continue }
            var data = Data()
            // The header's size is a hint only; cap it so a bogus header cannot reserve gigabytes.
            data.reserveCapacity(Int(clamping: min(entry.uncompressedSize, 1 << 28)))
            let checksum: CRC32
            do {
                checksum = try archive.extract(entry, skipCRC32: false) { chunk in data.append(chunk) }
            } catch {
                throw XlsxReaderError.corruptEntry(part: entry.path, reason: "\(error)")
            }
            // `extract` returns the checksum of what it read; comparing it is the caller's job.
            guard checksum == entry.checksum else {
                throw XlsxReaderError.corruptEntry(
                    part: entry.path,
                    reason: "CRC-32 is \(Self.hex(checksum)) but the archive records \(Self.hex(entry.checksum))")
            }
            parts[Self.normalized(entry.path)] = data
        }
        self.entryPaths = entryPaths
        self.parts = parts
        self.caseInsensitiveNames = Dictionary(
            parts.keys.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The bytes of a part ("xl/workbook.xml" or "/xl/workbook.xml"), nil when absent.
    func data(_ partName: String) -> Data? {
        let name = Self.normalized(partName)
        if let data = parts[name] { return data }
        return caseInsensitiveNames[name.lowercased()].flatMap { parts[$0] }
    }

    /// The bytes of a part, or `XlsxReaderError.missingPart`.
    func requiredData(_ partName: String) throws -> Data {
        guard let data = data(partName) else { throw XlsxReaderError.missingPart(Self.normalized(partName)) }
        return data
    }

    /// The tree of an XML part, nil when the part is absent.
    func xml(_ partName: String) throws -> XMLElementNode? {
        guard let data = data(partName) else { return nil }
        return try XMLElementNode.parse(data, part: Self.normalized(partName))
    }

    private static func hex(_ value: CRC32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }

    /// Part names have no leading slash here.
    static func normalized(_ partName: String) -> String {
        partName.hasPrefix("/") ? String(partName.dropFirst()) : partName
    }
}
