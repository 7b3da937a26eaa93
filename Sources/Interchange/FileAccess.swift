import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading whole files and replacing them atomically, with reasons a person can act on.
enum FileAccess {
    /// The name to show for a file: the path as the user gave it, not an absolute expansion.
    static func displayName(of url: URL) -> String {
        url.isFileURL ? url.relativePath : url.absoluteString
    }

    /// The whole file as bytes.
    static func read(_ url: URL) throws(InterchangeError) -> Data {
        let path = displayName(of: url)
        guard url.isFileURL else {
            throw .unreadableFile(path: path, reason: "only local files can be read")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .unreadableFile(path: path, reason: "it is a directory, not a file")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadableFile(path: path, reason: reason(for: error))
        }
    }

    /// Replaces `url` with `data`: writes a temporary file next to it, then renames it over.
    ///
    /// The rename is atomic on POSIX file systems, so readers see either the old file or the new
    /// one. On failure the temporary file is removed and the old file is left untouched.
    static func writeAtomically(_ data: Data, to url: URL) throws(InterchangeError) {
        let path = displayName(of: url)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary, options: .withoutOverwriting)
            // Flush before the rename, so a crash cannot leave a renamed but empty file.
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritableFile(path: path, reason: reason(for: error))
        }
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritableFile(path: path, reason: String(cString: strerror(code)))
        }
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
