import Foundation
import Testing
@testable import Interchange

/// CSV outputs are replaced the way workbooks are: flushed, renamed, permission bits kept, and
/// the litter of killed writers cleaned up.
@Suite("Atomic CSV output")
struct AtomicCSVOutputTests {
    @Test("rewriting a mode-600 CSV file keeps it 600")
    func keepsPermissionBits() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("private.csv")
        try CSVWriter.write(header: ["a"], rows: [["1"]], to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        try CSVWriter.write(header: ["a"], rows: [["2"]], to: url)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int == 0o600)
        #expect(try String(contentsOf: url, encoding: .utf8) == "a\n2\n")
    }

    @Test("a write removes stale temporary files of killed writers to the same file, and no others")
    func removesStaleTemporaries() throws {
        let directory = try TemporaryDirectory()
        let old = Date(timeIntervalSinceNow: -2 * 3600)
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let files: [(name: String, modified: Date)] = [
            (".out.csv.6F1C2A8E-0000-4000-8000-000000000000.tmp", old),     // older Headset, old: stale
            (".out.csv.\(finished.processIdentifier)-0badf00d.tmp", Date()), // owner gone: stale
            (".out.csv.\(getpid())-c0ffee00.tmp", Date()),                    // a live writer: kept
            (".other.csv.\(finished.processIdentifier)-0badf00d.tmp", old),  // another file's: kept
        ]
        for file in files {
            let path = directory.url.appendingPathComponent(file.name).path
            #expect(FileManager.default.createFile(atPath: path, contents: Data("partial".utf8)))
            try FileManager.default.setAttributes([.modificationDate: file.modified], ofItemAtPath: path)
        }
        try CSVWriter.write(header: ["a"], rows: [["1"]], to: directory.url.appendingPathComponent("out.csv"))
        #expect(try directory.contents() == [
            ".other.csv.\(finished.processIdentifier)-0badf00d.tmp", ".out.csv.\(getpid())-c0ffee00.tmp", "out.csv",
        ].sorted())
    }

    @Test("a write that fails names the file and the operating system's reason, a full disk said plainly")
    func failureMessages() throws {
        let directory = try TemporaryDirectory()
        let nowhere = directory.url.appendingPathComponent("missing/out.csv")
        #expect(throws: InterchangeError.unwritableFile(path: nowhere.path, reason: "no such file or directory")) {
            try CSVWriter.write(header: ["a"], rows: [["1"]], to: nowhere)
        }
        let full = FileAccess.writeReason(errno: ENOSPC, directory: directory.url)
        #expect(full.hasPrefix("no space left on device ("))
        #expect(InterchangeError.unwritableFile(path: "plan.csv", reason: full).description
            .hasPrefix("plan.csv: cannot write the file: no space left on device"))
    }
}
