import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading files (whole or in chunks) and replacing them atomically, with reasons a person can act on.
enum FileAccess {
    /// The name to show for a file: the path as the user gave it, not an absolute expansion.
    static func displayName(of url: URL) -> String {
        url.isFileURL ? url.relativePath : url.absoluteString
    }

    /// The whole file as bytes.
    static func read(_ url: URL) throws(InterchangeError) -> Data {
        try checkReadable(url)
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadableFile(path: displayName(of: url), reason: reason(for: error))
        }
    }

    /// The file opened for reading in chunks (``CSVRecordReader``), refused for the same reasons
    /// and in the same words as ``read(_:)``.
    static func openForReading(_ url: URL) throws(InterchangeError) -> FileHandle {
        try checkReadable(url)
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            // FileHandle words its errors differently ("No such file or directory"); ask the
            // whole-file reader, which fails the same way without reading, for its words.
            do {
                _ = try Data(contentsOf: url)
            } catch let wholeFileError {
                throw .unreadableFile(path: displayName(of: url), reason: reason(for: wholeFileError))
            }
            throw .unreadableFile(path: displayName(of: url), reason: reason(for: error))
        }
        return handle
    }

    /// Refuses what is not a local regular file (or a path that may be one).
    private static func checkReadable(_ url: URL) throws(InterchangeError) {
        let path = displayName(of: url)
        guard url.isFileURL else {
            throw .unreadableFile(path: path, reason: "only local files can be read")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .unreadableFile(path: path, reason: "it is a directory, not a file")
        }
        if let kind = specialFileKind(atPath: url.path) {
            throw .unreadableFile(path: path, reason: "it is \(kind), not a regular file")
        }
    }

    /// What a path that exists but is not a regular file or directory is ("a FIFO",
    /// "a character device"), following symbolic links; nil for regular files, directories and
    /// paths that do not exist. Reading `/dev/zero` would never end, and a FIFO would block.
    static func specialFileKind(atPath path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        default: return nil
        }
    }

    /// Replaces `url` with `data`: writes a temporary file next to it, then renames it over.
    ///
    /// The rename is atomic on POSIX file systems, so readers see either the old file or the new
    /// one. On failure the temporary file is removed and the old file is left untouched. The
    /// temporary file (`.NAME.PID-RANDOM.tmp`) is flushed before the rename and the directory
    /// after it; an existing file keeps its permission bits; temporary files that killed
    /// writers left for the same file are removed (see ``removeStaleTemporaries(of:now:)``).
    static func writeAtomically(_ data: Data, to url: URL) throws(InterchangeError) {
        let path = displayName(of: url)
        let directory = url.deletingLastPathComponent()
        removeStaleTemporaries(of: url)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid())-\(UUID().uuidString.prefix(8)).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw .unwritableFile(path: path, reason: writeReason(errno: errno, directory: directory))
        }
        func fail(_ code: Int32, _ doing: String) -> InterchangeError {
            let reason = writeReason(errno: code, directory: directory)   // the free space before cleaning up
            close(descriptor)
            unlink(temporary)
            return .unwritableFile(path: path, reason: "\(doing): \(reason)")
        }
        let written: Int32? = data.withUnsafeBytes { raw -> Int32? in
            var offset = 0
            while offset < raw.count {
                let count = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return nil
        }
        if let code = written { throw fail(code, "writing failed") }
        var existing = stat()
        if stat(url.path, &existing) == 0 {
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
        // Flush before the rename, so a crash cannot leave a renamed but empty file.
        if fsync(descriptor) != 0 { throw fail(errno, "flushing to disk failed") }
        if close(descriptor) != 0 {
            let code = errno
            unlink(temporary)
            throw .unwritableFile(path: path, reason: writeReason(errno: code, directory: directory))
        }
        if rename(temporary, url.path) != 0 {
            let code = errno
            unlink(temporary)
            throw .unwritableFile(path: path, reason: String(cString: strerror(code)))
        }
        let directoryDescriptor = open(directory.path, O_RDONLY | O_DIRECTORY)
        if directoryDescriptor >= 0 {
            _ = fsync(directoryDescriptor)   // the rename has happened; some file systems refuse this
            close(directoryDescriptor)
        }
    }

    /// Temporary files of a file older than this are stale whoever made them.
    static let staleAge: TimeInterval = 24 * 3600
    /// Temporary files without an owner in their name (older Headsets) are stale after this.
    static let unownedStaleAge: TimeInterval = 3600

    /// Removes `.NAME.*.tmp` files of `url` whose owning process (the PID in the name) is gone,
    /// or that are older than ``staleAge`` (``unownedStaleAge`` without a PID in the name).
    static func removeStaleTemporaries(of url: URL, now: Date = Date()) {
        let directory = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") && name.count > prefix.count + 4 {
            let path = directory.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            let age = now.timeIntervalSince1970 - TimeInterval(info.st_mtim.tv_sec)
            let middle = name.dropFirst(prefix.count).dropLast(4)
            let stale: Bool
            if let dash = middle.firstIndex(of: "-"), let pid = pid_t(middle[..<dash]), pid > 0 {
                stale = age > staleAge || !(kill(pid, 0) == 0 || errno == EPERM)
            } else {
                stale = age > unownedStaleAge
            }
            if stale { unlink(path) }
        }
    }

    /// The operating system's reason for a failed write, a full disk said as such.
    static func writeReason(errno code: Int32, directory: URL) -> String {
        var info = statvfs()
        let free: UInt64? = statvfs(directory.path, &info) == 0 ? UInt64(info.f_bavail) * UInt64(info.f_frsize) : nil
        if code == ENOSPC {
            return "no space left on device" + (free.map { " (\($0) bytes free in \(directory.path))" } ?? "")
        }
        return String(cString: strerror(code)).lowercased()
    }

    /// A short reason from a Foundation file error, preferring the operating system's words.
    private static func reason(for error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileReadNoSuchFile, .fileNoSuchFile: return "no such file"
            case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
            case .fileWriteOutOfSpace: return "no space left on the device"
            case .fileWriteVolumeReadOnly: return "the volume is read-only"
            default: break
            }
        }
        return nsError.localizedDescription
    }
}
