import Foundation
import Testing
import Workbook
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
            guard case WorkbookError.library(let operation, _, _) = error else { return false }
            return operation == "workbook_close"
        }
        #expect(try directory.contents().isEmpty)
    }
}
