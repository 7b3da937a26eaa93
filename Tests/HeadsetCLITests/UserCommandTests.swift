import Foundation
import Testing

@Suite("headset user: logins")
struct UserCommandTests {
    typealias Flow = QaEvaluationFlowTests

    @Test("user add reads the password from standard input, list shows the login without its hash, a short one is refused")
    func addAndList() throws {
        let scratch = try Flow.prepared()
        let added = try HeadsetProcess.run(["user", "add", "Eglė Žemaitė", "--password-stdin", "--database", "qa.sqlite"],
                                           in: scratch.url, input: "correct horse battery staple\n")
        #expect(added.status == 0, "\(added.standardError)")
        #expect(added.standardOutput == "Login for egle.zemaite\n")
        let short = try HeadsetProcess.run(["user", "add", "ieva.petraityte", "--password-stdin", "--database", "qa.sqlite"],
                                           in: scratch.url, input: "short\n")
        #expect(short.status == 1)
        #expect(short.standardError.contains("--password-stdin: must be at least 12 characters"), "\(short.standardError)")
        let oneTime = try HeadsetProcess.run(["user", "add", "ieva.petraityte", "--database", "qa.sqlite"], in: scratch.url)
        #expect(oneTime.standardOutput.contains("one-time password"), "\(oneTime.standardOutput)")
        let listed = try HeadsetProcess.run(["user", "list", "--format", "json", "--database", "qa.sqlite"], in: scratch.url)
        let users = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]])
        #expect(users.map { $0["person"] as? String } == ["egle.zemaite", "ieva.petraityte"])
        #expect(users.allSatisfy { $0["disabled"] as? Bool == false && $0["locked"] as? Bool == false })
        #expect(!listed.standardOutput.contains("$2b$"))
        #expect(try HeadsetProcess.run(["user", "disable", "ieva.petraityte", "--database", "qa.sqlite"], in: scratch.url).status == 0)
        let audit = try HeadsetProcess.run(["audit", "--all", "--entity", "login", "--format", "json", "--database", "qa.sqlite"],
                                           in: scratch.url)
        #expect(!audit.standardOutput.contains("$2b$") && !audit.standardOutput.contains("correct horse"))
    }
}
