import Testing
import Organization

/// The chart orders children with the locale's ICU collation
/// (CLDR collation charts: https://www.unicode.org/cldr/charts/latest/collation/).
@Suite("Names sorted the way each language sorts them")
struct CollationTests {
    /// One manager with the given reports, and the order of their names in `locale`.
    static func order(_ names: [String], locale: String) -> [String] {
        var people = [Person(key: "boss", displayName: "Boss")]
        var lines: [ReportingLine] = []
        for (index, name) in names.enumerated() {
            people.append(Person(key: "p\(index)", displayName: name))
            lines.append(ReportingLine(person: "p\(index)", manager: "boss", validFrom: d("2026-01-01")))
        }
        let organization = Organization(people: people, reportingLines: lines)
        let chart = OrgSnapshot(organization: organization, asOf: d("2026-01-01")).chart(locale: locale)
        return chart.roots[0].children.map(\.person.name)
    }

    @Test("Lithuanian sorts Y as a letter between I and J")
    func lithuanian() {
        let names = ["Karolis", "Yla", "Jonas", "Ieva"]
        #expect(Self.order(names, locale: "lt") == ["Ieva", "Yla", "Jonas", "Karolis"])
        #expect(Self.order(names, locale: "en") == ["Ieva", "Jonas", "Karolis", "Yla"])
    }

    @Test("Norwegian puts Æ, Ø and Å after Z and treats Aa as Å")
    func norwegian() {
        let names = ["Åse", "Zakariassen", "Øystein", "Ærlig", "Aasen", "Anders"]
        let sorted = Self.order(names, locale: "nb")
        #expect(Array(sorted.prefix(4)) == ["Anders", "Zakariassen", "Ærlig", "Øystein"])
        #expect(Set(sorted.suffix(2)) == ["Åse", "Aasen"])
        #expect(Self.order(names, locale: "en").first == "Aasen")
    }

    @Test("Croatian sorts C before Č before Ć, each as its own letter")
    func croatian() {
        let names = ["Ćap", "Cuk", "Čop"]
        #expect(Self.order(names, locale: "hr") == ["Cuk", "Čop", "Ćap"])
        #expect(Self.order(names, locale: "en") == ["Ćap", "Čop", "Cuk"])
    }

    @Test("Latvian sorts Ķ as a letter after K")
    func latvian() {
        let names = ["Ķaupe", "Lapa", "Kurzemnieks"]
        #expect(Self.order(names, locale: "lv") == ["Kurzemnieks", "Ķaupe", "Lapa"])
        #expect(Self.order(names, locale: "en") == ["Ķaupe", "Kurzemnieks", "Lapa"])
    }

    @Test("equal names keep a stable order by key")
    func ties() {
        let organization = Organization(
            people: [Person(key: "z", displayName: "Ana"), Person(key: "a", displayName: "Ana")])
        let roots = OrgSnapshot(organization: organization, asOf: d("2026-01-01")).chart().roots
        // Neither holds a title nor a line: nobody is in the organisation.
        #expect(roots.isEmpty)
        let lines = [ReportingLine(person: "z", manager: "b", validFrom: d("2026-01-01")),
                     ReportingLine(person: "a", manager: "b", validFrom: d("2026-01-01"))]
        let withBoss = Organization(people: organization.people + [Person(key: "b", displayName: "Boss")], reportingLines: lines)
        let children = OrgSnapshot(organization: withBoss, asOf: d("2026-01-01")).chart(locale: "lt").roots[0].children
        #expect(children.map(\.person.key) == ["a", "z"])
    }
}
