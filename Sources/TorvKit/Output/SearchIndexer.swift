import Foundation

/// Runs Pagefind on the finished site, in the hidden folder before it is swapped in, so the site
/// and its search index are published together. Pagefind writes one index per language (from each
/// page's `<html lang>`) into `pagefind/`, indexing only what `data-pagefind-body` marks.
struct SearchIndexer: Sendable {
    /// The program as given or found.
    let program: String

    /// `explicit`, else `$TORV_PAGEFIND`, else `pagefind` on the PATH.
    static func locate(_ explicit: String?) -> String {
        if let explicit { return explicit }
        if let variable = ProcessInfo.processInfo.environment["TORV_PAGEFIND"], !variable.isEmpty { return variable }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/pagefind") {
            return "\(folder)/pagefind"
        }
        return "pagefind"
    }

    /// Indexes the site in `folder`; a diagnostic at `location` (site.yaml's `search:`) when Pagefind is missing or fails.
    func index(_ folder: String, at location: SourceLocation) -> Diagnostic? {
        guard program.contains("/"), FileManager.default.isExecutableFile(atPath: program) else {
            return Diagnostic(.searchToolMissing(program: program), at: location)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--site", folder, "--output-subdir", "pagefind", "--silent"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return Diagnostic(.searchToolMissing(program: program), at: location)
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let lines = String(decoding: output, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: " / ")
            return Diagnostic(.searchToolFailed(status: process.terminationStatus, output: lines), at: location)
        }
        Self.sortEntry(folder + "/pagefind/pagefind-entry.json")
        return nil
    }

    /// Pagefind writes the languages of `pagefind-entry.json` in a different order on each run;
    /// sorted keys make the file, like the rest of the site, the same bytes on every build.
    static func sortEntry(_ path: String) {
        guard let data = FileManager.default.contents(atPath: path),
            let json = try? JSONSerialization.jsonObject(with: data),
            let sorted = try? JSONSerialization.data(withJSONObject: json, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        FileManager.default.createFile(atPath: path, contents: sorted)
    }
}
