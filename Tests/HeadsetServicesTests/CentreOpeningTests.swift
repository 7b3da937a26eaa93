import Foundation
import HeadsetServices
import Storage
import Testing

@Suite("Opening a centre: reads never create or write")
struct CentreOpeningTests {
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("headset-centre-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a missing path or an empty file is 'no Headset database', and nothing is created")
    func missingOrEmpty() throws {
        let folder = try Self.directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("typo.sqlite").path
        for access in [CentreAccess.read, .write] {
            #expect(throws: StorageError.noDatabase(path: missing)) { try Centre.open(path: missing, access: access) }
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
        let empty = folder.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(throws: StorageError.noDatabase(path: empty)) { try Centre.open(path: empty, access: .read) }
        #expect((try FileManager.default.attributesOfItem(atPath: empty)[.size] as? Int) == 0)
    }

    @Test("a read-only database file is read")
    func readOnlyFile() throws {
        let folder = try Self.directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("centre.sqlite").path
        let created = try Centre.open(path: path, access: .create)
        try created.close()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let centre = try Centre.open(path: path, access: .read)
        #expect(try centre.database.schemaVersion() == Schema.currentVersion)
        try centre.close()
    }

    @Test("the time zone and today come from the centre's setting")
    func timeZoneFromSetting() throws {
        let centre = try ServicesFixture.centre()
        #expect(centre.timeZone.identifier == "Europe/Vilnius")
        #expect(centre.timeZoneIsSet)
        #expect(centre.today == ServicesFixture.today)
    }
}
