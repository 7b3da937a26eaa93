import CXlsxWriter
import Foundation

/// An Excel workbook being built; ``write(to:options:_:)`` creates one, hands it to your code,
/// and moves the finished file into place only if everything succeeded.
///
/// ```swift
/// try Workbook.write(to: URL(fileURLWithPath: "coverage.xlsx")) { workbook in
///     let sheet = try workbook.addSheet(named: "Coverage")
///     try sheet.writeHeader(["Interval", "Required", "Scheduled"], row: 0)
///     sheet.freezePanes(rows: 1, columns: 1)
/// }
/// ```
///
/// libxlsxwriter writes to a temporary file beside the destination, which is renamed over the
/// destination at the end; a failure at any point removes the temporary file and leaves any
/// existing file untouched (see ``OutputFile`` for stale temporary files of killed exports,
/// flushing and permission bits). Not thread-safe: build a workbook on one thread.
public final class Workbook {
    public let options: WorkbookOptions
    let handle: UnsafeMutablePointer<lxw_workbook>
    private let temporaryPath: String
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The last few styles used: rows repeat the same handful, and comparing beats hashing.
    private var recentFormats: [(style: CellStyle, format: UnsafeMutablePointer<lxw_format>?)] = []
    /// Time-zone offsets, cached between daylight-saving transitions.
    var zoneOffsets: ZoneOffsetCache
    private(set) var sheets: [Worksheet] = []
    private var usedSheetNames: Set<String> = []
    private var definedNames: Set<String> = []
    private var isFinished = false

    /// Builds a workbook with `build` and writes it atomically to `url`.
    public static func write(
        to url: URL, options: WorkbookOptions = WorkbookOptions(),
        _ build: (Workbook) throws -> Void
    ) throws {
        let destination = url.standardizedFileURL
        let temporary = try OutputFile.temporaryPath(besides: destination)
        let workbook = try Workbook(temporaryPath: temporary, options: options)
        do {
            try build(workbook)
            do {
                try workbook.close()
            } catch let error as WorkbookError {
                let code = errno
                throw OutputFile.writeFailure(error, errno: code, destination: destination)
            }
            try ChartOverlayWriter.apply(workbook.pendingOverlays(), toArchiveAt: temporary)
            try OutputFile.moveIntoPlace(temporary: temporary, destination: destination)
        } catch {
            workbook.abandon()
            OutputFile.remove(temporary)
            throw error
        }
    }

    private init(temporaryPath: String, options: WorkbookOptions) throws(WorkbookError) {
        self.temporaryPath = temporaryPath
        self.options = options
        self.zoneOffsets = ZoneOffsetCache(timeZone: options.timeZone)
        if let directory = options.temporaryDirectory {
            try OutputFile.requireWritableDirectory(directory)
        }
        let created: UnsafeMutablePointer<lxw_workbook>? = temporaryPath.withCString { path in
            withOptionalCString(options.temporaryDirectory?.path) { tmpdir in
                var libraryOptions = lxw_workbook_options()
                libraryOptions.constant_memory = options.constantMemory ? 1 : 0
                libraryOptions.use_zip64 = options.useZip64 ? 1 : 0
                libraryOptions.tmpdir = tmpdir.map { UnsafeMutablePointer(mutating: $0) }
                return workbook_new_opt(path, &libraryOptions)
            }
        }
        guard let created else {
            throw .cannotCreateOutput(path: temporaryPath, reason: "libxlsxwriter could not start a workbook")
        }
        handle = created
    }

    /// Adds a sheet; the name is checked against Excel's rules first.
    @discardableResult
    public func addSheet(named name: String) throws(WorkbookError) -> Worksheet {
        try requireOpen()
        try SheetName.validate(name)
        let key = name.lowercased()
        guard !usedSheetNames.contains(key) else { throw .duplicateSheetName(name) }
        guard let sheetHandle = workbook_add_worksheet(handle, name) else {
            throw .library(operation: "workbook_add_worksheet(\(name))", code: -1, message: "sheet not created")
        }
        usedSheetNames.insert(key)
        let sheet = Worksheet(workbook: self, handle: sheetHandle, name: name)
        sheets.append(sheet)
        return sheet
    }

    /// Sets the document properties shown in File ▸ Properties.
    public func setProperties(_ properties: DocumentProperties) throws(WorkbookError) {
        try requireOpen()
        let arena = CStringArena()
        var library = lxw_doc_properties()
        library.title = arena.copy(properties.title)
        library.subject = arena.copy(properties.subject)
        library.author = arena.copy(properties.author)
        library.manager = arena.copy(properties.manager)
        library.company = arena.copy(properties.company)
        library.category = arena.copy(properties.category)
        library.keywords = arena.copy(properties.keywords)
        library.comments = arena.copy(properties.comments)
        library.status = arena.copy(properties.status)
        if let created = properties.created {
            library.created = time_t(created.timeIntervalSince1970)
        }
        try checkLibrary(workbook_set_properties(handle, &library), "workbook_set_properties")
    }

    /// Defines a workbook-level name such as `ServiceLevelTarget` for `='Settings'!$B$2`.
    public func defineName(_ name: String, refersTo range: CellRange) throws(WorkbookError) {
        try requireOpen()
        guard range.sheet != nil else {
            throw .invalidDefinition("defined name '\(name)' needs a range on a named sheet")
        }
        guard definedNames.insert(name.lowercased()).inserted else {
            throw .invalidDefinition("defined name '\(name)' is defined twice")
        }
        try checkLibrary(workbook_define_name(handle, name, "=" + range.formulaReference),
                         "workbook_define_name(\(name))")
    }

    /// The libxlsxwriter format for a style, created once per distinct style.
    func format(for style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        for recent in recentFormats where recent.style == style { return recent.format }
        let format = lookUpFormat(for: style)
        if recentFormats.count == 16 { recentFormats.removeFirst() }
        recentFormats.append((style, format))
        return format
    }

    private func lookUpFormat(for style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        if style == .plain { return nil }
        if let existing = formats[style] { return existing }
        guard let format = workbook_add_format(handle) else { return nil }
        StyleApplier.apply(style, to: format)
        formats[style] = format
        return format
    }

    func requireOpen() throws(WorkbookError) {
        if isFinished { throw .alreadyClosed }
    }

    private func close() throws {
        try requireOpen()
        for sheet in sheets { try sheet.finish() }
        isFinished = true
        // workbook_close frees the workbook whatever it returns.
        try checkLibrary(workbook_close(handle), "workbook_close")
    }

    /// Frees the library's memory without writing, after a failure while building.
    private func abandon() {
        guard !isFinished else { return }
        isFinished = true
        lxw_workbook_free(handle)
    }

    /// Charts are numbered by libxlsxwriter in sheet order, then insertion order.
    private func pendingOverlays() -> [ChartOverlayWriter.Patch] {
        var patches: [ChartOverlayWriter.Patch] = []
        var chartNumber = 0
        for sheet in sheets {
            for chart in sheet.insertedCharts {
                chartNumber += 1
                if let overlay = chart.overlay {
                    patches.append(.init(chartNumber: chartNumber, chart: chart, overlay: overlay))
                }
            }
        }
        return patches
    }
}

/// Calls `body` with a C string for `text`, or nil.
func withOptionalCString<Result>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> Result) -> Result {
    guard let text else { return body(nil) }
    return text.withCString { body($0) }
}
