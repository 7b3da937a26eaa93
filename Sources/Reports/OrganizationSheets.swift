import Organization
import Workbook

/// The organisation workbook design: "Org hierarchy" (everyone on the date, grouped by manager
/// with outline levels), "Title catalogue" (titles with their translations and aliases) and
/// "Headcount" (by job family, role, title and team, live COUNTIFS). Used by `headset org
/// export` and by the demo.
///
/// ```swift
/// try Workbook.write(to: url) { workbook in
///     try OrganizationSheets.add(to: workbook, snapshot: snapshot, locale: "lt")
/// }
/// ```
///
/// Names, titles and the order of people follow `locale`.
public enum OrganizationSheets {
    public static let hierarchySheetName = "Org hierarchy"
    public static let titlesSheetName = "Title catalogue"
    public static let headcountSheetName = "Headcount"

    /// Table-of-contents lines, in the order ``add(to:snapshot:locale:)`` adds the sheets.
    public static let summaries = [
        SheetSummary(sheetName: hierarchySheetName,
                     description: "Everyone by reporting line, indented and grouped (outline levels) under their manager; vacancies in grey."),
        SheetSummary(sheetName: titlesSheetName,
                     description: "Titles with role, level, family, names in every language, aliases; people and vacancies per title."),
        SheetSummary(sheetName: headcountSheetName,
                     description: "Headcount by job family, role, title and team: live COUNTIFS over the hierarchy."),
    ]

    public static func add(to workbook: Workbook, snapshot: OrgSnapshot, locale: String) throws {
        let layout = OrgHierarchyLayout(snapshot: snapshot, locale: locale, sheetName: hierarchySheetName)
        try OrgHierarchySheet.add(to: workbook, layout: layout)
        try OrgTitleCatalogueSheet.add(to: workbook, layout: layout, name: titlesSheetName)
        try OrgHeadcountSheet.add(to: workbook, layout: layout, name: headcountSheetName)
    }
}
