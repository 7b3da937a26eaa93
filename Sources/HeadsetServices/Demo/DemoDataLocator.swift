public import Foundation

/// Finds the sample data the demo ships with (`schedules/…`) at run time: first relative to the
/// current directory, then in the package the executable was built in (the nearest directory
/// above the executable that holds the file), so `.build/release/headset demo` works from anywhere.
public enum DemoDataLocator {
    public static func locate(_ relativePath: String) throws -> URL {
        let fileManager = FileManager.default
        let here = URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent(relativePath)
        if fileManager.isReadableFile(atPath: here.path) { return here }
        var searched = ["./\(relativePath)"]
        for executable in executableLocations() {
            var directory = executable.deletingLastPathComponent()
            while directory.path != "/" && !directory.path.isEmpty {
                let candidate = directory.appendingPathComponent(relativePath)
                if fileManager.isReadableFile(atPath: candidate.path) { return candidate }
                directory = directory.deletingLastPathComponent()
            }
            searched.append("the directories above \(executable.path)")
        }
        throw DemoError.dataNotFound(path: relativePath, searched: searched)
    }

    /// The running executable, symbolic links resolved (the path it was started by, and the file itself).
    private static func executableLocations() -> [URL] {
        var locations: [URL] = []
        if let url = Bundle.main.executableURL { locations.append(url.resolvingSymlinksInPath()) }
        if let first = CommandLine.arguments.first, first.contains("/") {
            let url = URL(fileURLWithPath: first).resolvingSymlinksInPath()
            if !locations.contains(url) { locations.append(url) }
        }
        return locations
    }
}
