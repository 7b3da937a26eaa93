import HeadsetServices
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The files `headset schedule roster` writes (`--out`, `--xlsx`), staged under temporary names
/// beside their destinations and renamed into place inside the transaction that saves the roster,
/// so the roster is saved only when every output was written, and a failing output or save leaves
/// no roster row and the previous files untouched (docs/cli.md, "Nothing half-written").
///
/// ```swift
/// var outputs = ScheduleRosterOutputs()
/// defer { outputs.discard() }
/// try outputs.stage("roster.csv") { url in try CSVWriter.write(header: header, rows: rows, to: url) }
/// let id = try SchedulingService(centre: centre).saveRoster(document, operatorName: actor) { try outputs.commit() }
/// ```
struct ScheduleRosterOutputs {
    private var staged: [(temporary: URL, destination: URL, path: String)] = []
    private var committed = false

    /// Throws unless a file can be created at `path`: not a directory, in a directory that exists
    /// and is writable. Checked before any work so that a mistyped path fails at once.
    static func requireWritable(_ path: String, option: String) throws {
        let destination = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandError("\(option) \(path): it is a directory, not a file")
        }
        let directory = destination.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw CommandError("\(option) \(path): directory \(directory.relativePath) does not exist")
        }
        guard isDirectory.boolValue else { throw CommandError("\(option) \(path): \(directory.relativePath) is not a directory") }
        guard access(directory.path, W_OK | X_OK) == 0 else {
            throw CommandError("\(option) \(path): directory \(directory.relativePath) is not writable")
        }
    }

    /// Writes the output for `path` with `write`, to a temporary file beside it.
    mutating func stage(_ path: String, _ write: (URL) throws -> Void) throws {
        let destination = URL(fileURLWithPath: path)
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString.prefix(8)).staged")
        staged.append((temporary, destination, path))
        try write(temporary)
    }

    /// Renames every staged file into place; throws at the first that cannot be.
    mutating func commit() throws {
        for file in staged {
            guard rename(file.temporary.path, file.destination.path) == 0 else {
                throw CommandError("cannot write \(file.path): \(String(cString: strerror(errno)))")
            }
        }
        committed = true
    }

    /// Removes the staged files unless they were committed.
    func discard() {
        guard !committed else { return }
        for file in staged { unlink(file.temporary.path) }
    }
}
