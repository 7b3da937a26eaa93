import CMinizip
import Foundation

/// Rewrites a zip archive, replacing the contents of chosen entries and copying every other
/// entry byte for byte (still compressed), so large sheets cost a copy, not a recompression.
enum ZipRewriter {
    /// Replaces each named entry's text with `transform(oldText)`; entries not named are copied.
    static func rewrite(archiveAt path: String, transforms: [String: (String) throws -> String]) throws(WorkbookError) {
        let output = path + ".rewrite"
        do {
            try copy(from: path, to: output, transforms: transforms)
        } catch {
            unlink(output)
            throw error
        }
        guard rename(output, path) == 0 else {
            unlink(output)
            throw .cannotReplaceOutput(path: path, reason: String(cString: strerror(errno)))
        }
    }

    private static func copy(from source: String, to destination: String,
                             transforms: [String: (String) throws -> String]) throws(WorkbookError) {
        guard let reader = unzOpen64(source) else { throw failure("open \(source) for reading") }
        defer { unzClose(reader) }
        guard let writer = zipOpen64(destination, APPEND_STATUS_CREATE) else {
            throw failure("create \(destination)")
        }
        var writerOpen = true
        defer { if writerOpen { zipClose(writer, nil) } }

        var status = unzGoToFirstFile(reader)
        while status == UNZ_OK {
            var info = unz_file_info64()
            var nameBuffer = [CChar](repeating: 0, count: 1024)
            guard unzGetCurrentFileInfo64(reader, &info, &nameBuffer, UInt(nameBuffer.count), nil, 0, nil, 0) == UNZ_OK else {
                throw failure("read an entry header")
            }
            let name = String(decoding: nameBuffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            var fileInfo = zip_fileinfo()
            fileInfo.dosDate = info.dosDate
            fileInfo.internal_fa = info.internal_fa
            fileInfo.external_fa = info.external_fa
            if let transform = transforms[name] {
                let data = try readEntry(reader, raw: false, size: Int(info.uncompressed_size), name: name)
                let text = String(decoding: data, as: UTF8.self)
                let replaced: String
                do { replaced = try transform(text) } catch {
                    throw .invalidDefinition("cannot rewrite \(name): \(error)")
                }
                let bytes = Array(replaced.utf8)
                guard zipOpenNewFileInZip64(writer, name, &fileInfo, nil, 0, nil, 0, nil, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK,
                      bytes.withUnsafeBytes({ zipWriteInFileInZip(writer, $0.baseAddress, UInt32($0.count)) }) == ZIP_OK,
                      zipCloseFileInZip(writer) == ZIP_OK else {
                    throw failure("write \(name)")
                }
            } else {
                var method: Int32 = 0
                var level: Int32 = 0
                guard unzOpenCurrentFile2(reader, &method, &level, 1) == UNZ_OK else { throw failure("open \(name)") }
                let data = try readOpenEntry(reader, size: Int(info.compressed_size), name: name)
                let zip64: Int32 = info.uncompressed_size >= 0xFFFF_FFFF ? 1 : 0
                guard zipOpenNewFileInZip2_64(writer, name, &fileInfo, nil, 0, nil, 0, nil, method, level, 1, zip64) == ZIP_OK,
                      data.withUnsafeBytes({ writeAll(writer, $0) }),
                      zipCloseFileInZipRaw64(writer, info.uncompressed_size, info.crc) == ZIP_OK else {
                    throw failure("copy \(name)")
                }
            }
            status = unzGoToNextFile(reader)
        }
        guard status == UNZ_END_OF_LIST_OF_FILE else { throw failure("walk the entries of \(source)") }
        writerOpen = false
        guard zipClose(writer, nil) == ZIP_OK else { throw failure("finish \(destination)") }
    }

    private static func readEntry(_ reader: unzFile, raw: Bool, size: Int, name: String) throws(WorkbookError) -> [UInt8] {
        guard unzOpenCurrentFile2(reader, nil, nil, raw ? 1 : 0) == UNZ_OK else { throw failure("open \(name)") }
        return try readOpenEntry(reader, size: size, name: name)
    }

    private static func readOpenEntry(_ reader: unzFile, size: Int, name: String) throws(WorkbookError) -> [UInt8] {
        defer { unzCloseCurrentFile(reader) }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let chunk = min(size - offset, 1 << 20)
            let read = bytes.withUnsafeMutableBytes { buffer in
                unzReadCurrentFile(reader, buffer.baseAddress! + offset, UInt32(chunk))
            }
            guard read > 0 else { throw failure("read \(name)") }
            offset += Int(read)
        }
        return bytes
    }

    private static func writeAll(_ writer: zipFile, _ buffer: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let chunk = min(buffer.count - offset, 1 << 20)
            guard zipWriteInFileInZip(writer, buffer.baseAddress! + offset, UInt32(chunk)) == ZIP_OK else { return false }
            offset += chunk
        }
        return true
    }

    private static func failure(_ what: String) -> WorkbookError {
        .library(operation: "zip rewrite", code: -1, message: "could not \(what)")
    }
}
