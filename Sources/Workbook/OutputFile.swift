import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The write-to-temp-then-rename discipline that keeps failed exports from leaving anything behind.
///
/// - The temporary file sits beside the destination (so the rename is atomic) and is named
///   `.NAME.PID-RANDOM.tmp`, after the process that owns it.
/// - A process killed mid-export cannot remove its temporary file, so the next export of the
///   same destination removes those whose owner is gone, or that are older than
///   ``staleAge`` (for names without an owner, or an owner's id reused since).
/// - The temporary file is flushed to disk before the rename and the directory after it, so a
///   crash cannot leave a renamed but empty file, and the rename itself survives a power cut.
/// - A destination that exists keeps its permission bits (a mode-600 workbook stays 600).
enum OutputFile {
    /// Temporary files of a destination older than this are stale whoever made them.
    static let staleAge: TimeInterval = 24 * 3600
    /// Temporary files without an owner in their name (older Headsets) are stale after this.
    static let unownedStaleAge: TimeInterval = 3600

    /// A fresh temporary path in the destination's own directory (so the rename is atomic),
    /// after checking that the directory exists and accepts new files, and removing the stale
    /// temporary files of earlier, killed exports to the same destination.
    static func temporaryPath(besides destination: URL) throws(WorkbookError) -> String {
        let directory = destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .cannotCreateOutput(path: destination.path, reason: "it is a directory")
        }
        try requireWritableDirectory(directory, for: destination.path)
        removeStaleTemporaries(of: destination)
        let name = ".\(destination.lastPathComponent).\(getpid())-\(UUID().uuidString.prefix(8)).tmp"
        return directory.appendingPathComponent(name).path
    }

    /// Throws unless `directory` exists and a file can be created in it.
    static func requireWritableDirectory(_ directory: URL, for path: String? = nil) throws(WorkbookError) {
        let shownPath = path ?? directory.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw .cannotCreateOutput(path: shownPath, reason: "directory \(directory.path) does not exist")
        }
        guard isDirectory.boolValue else {
            throw .cannotCreateOutput(path: shownPath, reason: "\(directory.path) is not a directory")
        }
        // access(2) answers for the real user, which is what creating a file needs.
        guard access(directory.path, W_OK | X_OK) == 0 else {
            throw .cannotCreateOutput(path: shownPath, reason: "directory \(directory.path) is not writable")
        }
    }

    /// Flushes `temporary`, gives it the destination's permission bits, renames it over the
    /// destination and flushes the directory.
    static func moveIntoPlace(temporary: String, destination: URL) throws(WorkbookError) {
        let descriptor = open(temporary, O_RDONLY)
        guard descriptor >= 0 else {
            throw .cannotCreateOutput(path: destination.path, reason: "the finished temporary file cannot be opened: "
                + String(cString: strerror(errno)))
        }
        if fsync(descriptor) != 0 {
            let code = errno
            close(descriptor)
            throw .cannotCreateOutput(path: destination.path, reason: "flushing to disk failed: \(reason(errno: code, directory: destination))")
        }
        close(descriptor)
        var existing = stat()
        if stat(destination.path, &existing) == 0 {
            _ = chmod(temporary, existing.st_mode & 0o7777)
        }
        guard rename(temporary, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            throw .cannotReplaceOutput(path: destination.path, reason: reason)
        }
        synchronizeDirectory(of: destination)
    }

    static func remove(_ path: String) {
        unlink(path)
    }

    /// The error for a libxlsxwriter failure while writing `destination`: the file, what failed,
    /// and the operating system's reason (a full disk said as such).
    static func writeFailure(_ error: WorkbookError, errno code: Int32, destination: URL) -> WorkbookError {
        guard case let .library(operation, _, message) = error else { return error }
        return .cannotCreateOutput(path: destination.path,
                                   reason: "\(reason(errno: code, directory: destination)) "
                                       + "(libxlsxwriter failed in \(operation): \(message))")
    }

    /// What the operating system says went wrong: "no space left on device" when the
    /// destination's file system is full, whatever errno the library left behind.
    static func reason(errno code: Int32, directory destination: URL, freeBytes: UInt64? = nil) -> String {
        let free = freeBytes ?? availableBytes(besides: destination)
        if code == ENOSPC || free.map({ $0 < 64 * 1024 }) == true {
            let where_ = destination.deletingLastPathComponent().path
            return "no space left on device" + (free.map { " (\($0) bytes free in \(where_))" } ?? "")
        }
        if code != 0 { return String(cString: strerror(code)).lowercased() }
        return "the file could not be written"
    }

    /// Bytes an unprivileged process may still write on the destination's file system.
    static func availableBytes(besides destination: URL) -> UInt64? {
        var info = statvfs()
        guard statvfs(destination.deletingLastPathComponent().path, &info) == 0 else { return nil }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize)
    }

    /// Removes `.NAME.*.tmp` (and `.tmp.rewrite`) files of `destination` whose owning process is
    /// gone or that are older than ``staleAge``; others' files and live exports are left alone.
    static func removeStaleTemporaries(of destination: URL, now: Date = Date()) {
        let directory = destination.deletingLastPathComponent()
        let prefix = ".\(destination.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let suffix = name.hasSuffix(".tmp") ? ".tmp" : name.hasSuffix(".tmp.rewrite") ? ".tmp.rewrite" : nil
            guard let suffix, name.count > prefix.count + suffix.count else { continue }
            let path = directory.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            let age = now.timeIntervalSince1970 - TimeInterval(info.st_mtim.tv_sec)
            let middle = name.dropFirst(prefix.count).dropLast(suffix.count)
            let stale: Bool
            if let dash = middle.firstIndex(of: "-"), let pid = pid_t(middle[..<dash]), pid > 0 {
                stale = age > staleAge || !isAlive(pid)
            } else {
                stale = age > unownedStaleAge
            }
            if stale { unlink(path) }
        }
    }

    private static func isAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    private static func synchronizeDirectory(of destination: URL) {
        let descriptor = open(destination.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        // Some file systems refuse fsync on a directory (EINVAL); the rename has happened anyway.
        _ = fsync(descriptor)
        close(descriptor)
    }
}
