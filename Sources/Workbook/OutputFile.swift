import Foundation

/// The write-to-temp-then-rename discipline that keeps failed exports from leaving anything behind.
enum OutputFile {
    /// A fresh temporary path in the destination's own directory (so the rename is atomic),
    /// after checking that the directory exists and accepts new files.
    static func temporaryPath(besides destination: URL) throws(WorkbookError) -> String {
        let directory = destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .cannotCreateOutput(path: destination.path, reason: "it is a directory")
        }
        try requireWritableDirectory(directory, for: destination.path)
        let name = ".\(destination.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp"
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

    static func moveIntoPlace(temporary: String, destination: URL) throws(WorkbookError) {
        guard rename(temporary, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            throw .cannotReplaceOutput(path: destination.path, reason: reason)
        }
    }

    static func remove(_ path: String) {
        unlink(path)
    }
}
