import Foundation
import Testing
@testable import Workbook
import XlsxReader

@Suite("Atomic output")
struct AtomicOutputTests {
    struct Interrupted: Error {}

    @Test("a failure while building leaves neither a file nor a temporary behind")
    func failureLeavesNothing() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: Interrupted.self) {
            try Workbook.write(to: directory.file("report.xlsx")) { workbook in
                try workbook.addSheet(named: "Half").write(.text("written"), row: 0, column: 0)
                throw Interrupted()
            }
        }
        #expect(try directory.contents().isEmpty)
    }

    @Test("a failed export leaves the previous file untouched")
    func previousFileSurvives() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("report.xlsx")
        try Workbook.write(to: url) { try $0.addSheet(named: "First").write(.text("v1"), row: 0, column: 0) }
        let before = try Data(contentsOf: url)
        #expect(throws: Interrupted.self) {
            try Workbook.write(to: url) { workbook in
                try workbook.addSheet(named: "Second")
                throw Interrupted()
            }
        }
        #expect(try Data(contentsOf: url) == before)
        #expect(try directory.contents() == ["report.xlsx"])
    }

    @Test("an output directory that does not exist is reported with the path")
    func missingDirectory() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("no-such-dir/report.xlsx")
        #expect(throws: WorkbookError.cannotCreateOutput(
            path: url.path, reason: "directory \(directory.file("no-such-dir").path) does not exist")) {
            try Workbook.write(to: url) { try $0.addSheet(named: "S") }
        }
    }

    @Test("an output path under a regular file is refused, even for root")
    func pathUnderFile() throws {
        let directory = try TemporaryDirectory()
        let blocker = directory.file("blocker")
        try Data("x".utf8).write(to: blocker)
        #expect(throws: WorkbookError.self) {
            try Workbook.write(to: blocker.appendingPathComponent("report.xlsx")) { try $0.addSheet(named: "S") }
        }
        #expect(try directory.contents() == ["blocker"])
    }

    @Test("an unusable temporary directory (as on a full disk) fails cleanly with nothing written")
    func unusableTemporaryDirectory() throws {
        let directory = try TemporaryDirectory()
        let blocker = directory.file("not-a-dir")
        try Data("x".utf8).write(to: blocker)
        var options = WorkbookOptions(constantMemory: true)
        options.temporaryDirectory = blocker
        #expect(throws: WorkbookError.self) {
            try Workbook.write(to: directory.file("big.xlsx"), options: options) { workbook in
                try workbook.addSheet(named: "Rows").write(.number(1), row: 0, column: 0)
            }
        }
        #expect(try directory.contents() == ["not-a-dir"])
    }

    @Test("libxlsxwriter's own failure during close becomes a Swift error and no file")
    func libraryFailureDuringClose() throws {
        let directory = try TemporaryDirectory()
        let output = directory.file("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        // The output directory vanishes mid-export (an unmounted share, a full or failing disk):
        // libxlsxwriter cannot create the file when it closes the workbook.
        #expect {
            try Workbook.write(to: output.appendingPathComponent("report.xlsx")) { workbook in
                try workbook.addSheet(named: "Rows").write(.number(1), row: 0, column: 0)
                try FileManager.default.removeItem(at: output)
            }
        } throws: { error in
            // The file, what failed and the operating system's reason, not just "Zip generic".
            guard case let WorkbookError.cannotCreateOutput(path, reason) = error else { return false }
            return path.hasSuffix("out/report.xlsx") && reason.contains("libxlsxwriter failed in workbook_close")
        }
        #expect(try directory.contents().isEmpty)
    }

    @Test("a failure on a full disk names the file and says no space is left on the device")
    func fullDiskMessage() {
        let destination = URL(fileURLWithPath: "/exports/coverage.xlsx")
        let error = OutputFile.writeFailure(.library(operation: "workbook_close", code: 4, message: "Zip generic error"),
                                            errno: ENOSPC, destination: destination)
        #expect(error.description.hasPrefix("/exports/coverage.xlsx: cannot write the workbook: no space left on device"))
        #expect(error.description.contains("libxlsxwriter failed in workbook_close: Zip generic error"))
        #expect(OutputFile.reason(errno: 0, directory: destination, freeBytes: 0)
            == "no space left on device (0 bytes free in /exports)")
        #expect(OutputFile.reason(errno: EACCES, directory: destination, freeBytes: 1 << 30) == "permission denied")
    }

    @Test("re-exporting over a mode-600 workbook keeps it 600")
    func keepsPermissionBits() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("private.xlsx")
        try Workbook.write(to: url) { try $0.addSheet(named: "One").write(.text("v1"), row: 0, column: 0) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        try Workbook.write(to: url) { try $0.addSheet(named: "Two").write(.text("v2"), row: 0, column: 0) }
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("an export removes stale temporary files of killed exports to the same file, and no others")
    func removesStaleTemporaries() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("report.xlsx")
        let old = Date(timeIntervalSinceNow: -2 * 3600)
        // A process that has exited: its id owns nothing any more.
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let files: [(name: String, modified: Date)] = [
            (".report.xlsx.1A2B3C4D.tmp", old),                               // older Headset, old: stale
            (".report.xlsx.\(finished.processIdentifier)-0badf00d.tmp", Date()), // owner gone: stale
            (".report.xlsx.\(getpid())-c0ffee00.tmp", Date()),                  // a live export: kept
            (".report.xlsx.5E6F7A8B.tmp", Date()),                              // no owner, recent: kept
            (".other.xlsx.1A2B3C4D.tmp", old),                                  // another file's: kept
        ]
        for file in files {
            let path = directory.file(file.name).path
            #expect(FileManager.default.createFile(atPath: path, contents: Data("partial".utf8)))
            try FileManager.default.setAttributes([.modificationDate: file.modified], ofItemAtPath: path)
        }
        try Workbook.write(to: url) { try $0.addSheet(named: "S").write(.number(1), row: 0, column: 0) }
        #expect(try directory.contents() == [
            ".other.xlsx.1A2B3C4D.tmp", ".report.xlsx.5E6F7A8B.tmp", ".report.xlsx.\(getpid())-c0ffee00.tmp", "report.xlsx",
        ].sorted())
    }
}
