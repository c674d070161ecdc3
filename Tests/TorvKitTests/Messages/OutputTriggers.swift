import Foundation
@testable import TorvKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension MessageTriggers {
    /// `torv build` of the site into `output` (a path inside the site folder), after `prepare` has
    /// set up the site folder.
    fileprivate static func build(
        into output: String, prepare: @escaping @Sendable (TestSite) throws -> Void = { _ in }
    ) -> @Sendable (TestSite) throws -> [Diagnostic] {
        { site in
            try prepare(site)
            var options = site.options
            options.output = output.hasPrefix("/") ? output : site.root.appendingPathComponent(output).path
            options.today = LocalDate(iso: "2026-11-22")
            return SiteBuilder.run(options, write: true).diagnostics
        }
    }

    static let output: [MessageTrigger] = [
        MessageTrigger(
            entry: "outputWholeFolder(output:)",
            run: build(into: "/"),
            expected: "/: error: output-unsafe",
            fragment: "Torv will not use / as the output folder"),
        MessageTrigger(
            entry: "outputOverlaps(output:name:folder:)",
            run: build(into: "content/public"),
            expected: "content/public: error: output-unsafe",
            fragment: "overlaps the content folder"),
        MessageTrigger(
            entry: "outputNotFolder()",
            run: build(into: "site") { site in try site.write("site", "not a folder\n") },
            expected: "site: error: output-not-folder",
            fragment: "is not a folder"),
        MessageTrigger(
            entry: "outputNotTorv()",
            run: build(into: "site") { site in try site.write("site/notes.txt", "mine\n") },
            expected: "site: error: output-not-torv",
            fragment: "was not built by Torv"),
        MessageTrigger(
            entry: "outputLocked()",
            run: { site in
                // Another build holds the lock beside the output folder.
                let lock = open(site.root.appendingPathComponent(".site.torv-lock").path, O_RDWR | O_CREAT, 0o644)
                defer { close(lock) }
                guard flock(lock, LOCK_EX | LOCK_NB) == 0 else { return [] }
                return try build(into: "site")(site)
            },
            expected: "site: error: output-locked",
            fragment: "another Torv build"),
        MessageTrigger(
            entry: "outputFolderNotCreated(folder:reason:)",
            run: build(into: "notes.txt/public/site") { site in try site.write("notes.txt", "a file, not a folder\n") },
            expected: "notes.txt/public/site: error: output-write",
            fragment: "cannot create the folder"),
        MessageTrigger(
            entry: "outputLockNotCreated(lockFile:reason:)",
            run: build(into: "site") { site in
                try FileManager.default.createDirectory(
                    at: site.root.appendingPathComponent(".site.torv-lock"), withIntermediateDirectories: true)
            },
            expected: "site: error: output-write",
            fragment: "cannot create the lock file"),
        MessageTrigger(
            entry: "outputFileNotWritten(file:reason:)",
            run: { site in
                // `a` is both a file and the folder of `a/b`: the file cannot be written.
                let files = [OutputFile(path: "a/b", bytes: Array("b".utf8)), OutputFile(path: "a", bytes: Array("a".utf8))]
                do throws(Publisher.Failure) {
                    try Publisher(output: site.root.appendingPathComponent("site").path).publish(files)
                    return []
                } catch {
                    return [error.diagnostic]
                }
            },
            expected: "site: error: output-write",
            fragment: "writing"),
    ]
}
