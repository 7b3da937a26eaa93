import Foundation
import Testing

/// A small organisation in files, as `headset org import` reads them: a head of service, a team
/// lead and six agents with Lithuanian, Latvian, Croatian and Norwegian names, a vacant seat, and
/// a reorganisation on 2027-01-01 (Jonas becomes team lead; Ieva and Yla move to him).
enum OrgFixture {
    static let structure = """
        families:
          - key: service
            names: { en: Customer Service, lt: Klientų aptarnavimas, nb: Kundeservice }
        roles:
          - key: agent
            family: service
            level: 1
            names: { en: Agent, lt: Konsultantas }
          - key: supervisor
            family: service
            level: 3
            names: { en: Supervisor, lt: Komandos vadovas }
          - key: head
            family: service
            level: 5
            names: { en: Head of Service }
        titles:
          - key: csr
            role: agent
            names:
              en: Customer Service Representative
              lt: Klientų aptarnavimo specialistas
              lv: Klientu apkalpošanas speciālists
              hr: Predstavnik korisničke službe
              nb: Kundeservicemedarbeider
            aliases: [Operator, Bank Teller]
          - key: team-lead
            role: supervisor
            names: { en: Team Lead, lt: Komandos vadovas, nb: Teamleder }
          - key: head-of-service
            role: head
            names: { en: Head of Service, nb: Kundeservicesjef }
        escalation:
          - { from: agent, to: supervisor }
          - { from: supervisor, to: head }
        positions:
          - { key: seat-9, title: csr, reports_to: ivo, valid_from: 2026-01-01 }

        """

    static let people = """
        key,name,email,locale
        ruta,Rūta Žemaitė,ruta@example.lt,lt
        ivo,Ivo Ćorić,ivo@example.hr,hr
        ieva,Ieva Šimkutė,,lt
        yla,Yla Bērziņa,,lv
        jonas,Jonas Ķemere,,lv
        oystein,Øystein Ødegård,,nb
        aase,Aase Åsheim,,nb
        zak,Zakarias Đurić,,hr

        """

    static let assignments = """
        person,title,position,valid_from,valid_to
        ruta,head-of-service,,2025-01-01,
        ivo,team-lead,,2025-01-01,
        ieva,csr,,2025-01-01,
        yla,Operator,,2025-01-01,
        jonas,csr,,2025-01-01,2026-12-31
        jonas,team-lead,,2027-01-01,
        oystein,csr,,2025-01-01,
        aase,Bank Teller,,2025-01-01,
        zak,csr,,2025-01-01,

        """

    static let lines = """
        person,manager,valid_from,valid_to
        ivo,ruta,2025-01-01,
        ieva,ivo,2025-01-01,2026-12-31
        ieva,jonas,2027-01-01,
        yla,ivo,2025-01-01,2026-12-31
        yla,jonas,2027-01-01,
        jonas,ivo,2025-01-01,2026-12-31
        jonas,ruta,2027-01-01,
        oystein,ivo,2025-01-01,
        aase,ivo,2025-01-01,
        zak,ivo,2025-01-01,

        """

    static let files = ["structure.yaml", "people.csv", "assignments.csv", "lines.csv"]

    /// Writes the four files (or replacements for some of them) into the scratch directory.
    static func write(in scratch: ScratchDirectory, replacing replacements: [String: String] = [:]) throws {
        let texts = ["structure.yaml": structure, "people.csv": people, "assignments.csv": assignments, "lines.csv": lines]
        for (name, text) in texts.merging(replacements, uniquingKeysWith: { $1 }) {
            try Data(text.utf8).write(to: scratch.file(name))
        }
    }

    /// `headset ARGUMENTS --database centre.sqlite` in the scratch directory.
    static func run(_ arguments: [String], in scratch: ScratchDirectory) throws -> HeadsetProcess.Result {
        try HeadsetProcess.run(arguments + ["--database", "centre.sqlite"], in: scratch.url)
    }

    /// Writes the files and imports them; the import must succeed.
    static func imported(replacing replacements: [String: String] = [:]) throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        try write(in: scratch, replacing: replacements)
        let result = try run(["org", "import", "--create"] + files, in: scratch)
        #expect(result.status == 0, "\(result.standardError)")
        return scratch
    }

    /// The audit log as JSON objects.
    static func audit(in scratch: ScratchDirectory) throws -> [[String: Any]] {
        let result = try run(["audit", "--all", "--limit", "0", "--format", "json"], in: scratch)
        #expect(result.status == 0, "\(result.standardError)")
        // The centre's own settings (the time zone a new database records) are not the organisation's.
        let entries = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]] ?? []
        return entries.filter { $0["entity"] as? String != "setting" }
    }

    /// The 1-based line of the first line of `text` containing `marker`.
    static func line(of marker: String, in text: String) -> Int {
        (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(marker) } ?? -1) + 1
    }
}
