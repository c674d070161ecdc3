import ArgumentParser
import Foundation
import TorvKit

/// Prints diagnostics and the summary, and turns the result into the exit code.
enum Reporter {
    static func finish(_ result: SiteBuilder.Result, format: DiagnosticFormat, summary: String, wrote: Bool) throws {
        // `torv build --format json` is an object that also carries the next change.
        let printed = format == .json && wrote
            ? DiagnosticFormat.buildJSON(result.diagnostics, nextChange: result.nextChange) : format.format(result.diagnostics)
        if format == .json {
            // Machine-readable output goes to standard output, alone.
            print(printed, terminator: "")
        } else if !printed.isEmpty {
            FileHandle.standardError.write(Data(printed.utf8))
        }
        if result.isUsageError { throw ExitCode(2) }
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.count - errors
        if errors > 0 {
            let plural = { (n: Int, word: String) in "\(n) \(word)\(n == 1 ? "" : "s")" }
            let line = "torv: \(plural(errors, "error")), \(plural(warnings, "warning"))" + (wrote ? "; nothing was written" : "") + "\n"
            FileHandle.standardError.write(Data(line.utf8))
            throw ExitCode(1)
        }
        var line = summary + (warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : "")
        if wrote, let next = result.nextChange { line += "; next change \(next.date): \(next.reason)" }
        if format == .json {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        } else {
            print(line)
        }
    }

    static func pages(_ result: SiteBuilder.Result) -> String {
        result.pagesPerLanguage.map { "\($0.count) \($0.language)" }.joined(separator: " + ") + " pages"
    }
}
