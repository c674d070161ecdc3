import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import TorvKit

extension MessageTriggers {
    static let files: [MessageTrigger] = [
        MessageTrigger(
            entry: "nulByte()",
            files: ["content/strategi/handlinger.da.md": "---\ntitle: Hand\u{0}linger\nsummary: S.\n---\n"],
            expected: "content/strategi/handlinger.da.md:2:12: error: nul-byte",
            fragment: "NUL byte"),
        MessageTrigger(
            entry: "invalidUTF8()",
            run: { site in
                // "Café" saved as Latin-1: é is the single byte 0xE9.
                let bytes = Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\nsummary: S.\n---\n".utf8)
                try Data(bytes).write(to: site.root.appendingPathComponent("content/strategi/handlinger.da.md"))
                return try MessageTrigger.check(site)
            },
            expected: "content/strategi/handlinger.da.md:2:11: error: invalid-utf8",
            fragment: "not valid UTF-8"),
        MessageTrigger(
            entry: "symlinkOutside(target:)",
            run: { site in
                try FileManager.default.createSymbolicLink(
                    atPath: site.root.appendingPathComponent("content/strategi/ekstra.da.md").path,
                    withDestinationPath: "/etc/hostname")
                return try MessageTrigger.check(site)
            },
            expected: "content/strategi/ekstra.da.md: error: symlink-outside",
            fragment: "outside the folder"),
        MessageTrigger(
            entry: "symlinkLoop(folder:)",
            run: { site in
                try FileManager.default.createSymbolicLink(
                    atPath: site.root.appendingPathComponent("content/strategi/igen").path, withDestinationPath: ".")
                return try MessageTrigger.check(site)
            },
            expected: "content/strategi/igen: error: symlink-loop",
            fragment: "a link back to"),
        MessageTrigger(
            entry: "unreadableFolder()",
            run: { site in
                // As root every folder is readable: play one that opendir refuses.
                var diagnostics: [Diagnostic] = []
                var directory = ContentDirectory(root: site.root.appendingPathComponent("content").path)
                directory.openFolder = { $0.hasSuffix("/strategi") ? nil : opendir($0) }
                _ = directory.listFiles(diagnostics: &diagnostics)
                return diagnostics
            },
            expected: "content/strategi: error: unreadable",
            fragment: "the folder could not be read"),
        MessageTrigger(
            entry: "folderTooDeep(limit:)",
            files: ["content/" + Array(repeating: "d", count: 65).joined(separator: "/") + "/side.da.md": "---\ntitle: T\nsummary: S\n---\n"],
            expected: "content/" + Array(repeating: "d", count: 64).joined(separator: "/") + ": error: folder-too-deep",
            fragment: "nested more than 64 deep"),
        MessageTrigger(
            entry: "unreadable()",
            run: { site in
                // As root every existing file is readable, so read one that went away after listing.
                var diagnostics: [Diagnostic] = []
                _ = ContentDirectory(root: site.root.appendingPathComponent("content").path)
                    .read("strategi/fjernet.da.md", diagnostics: &diagnostics)
                return diagnostics
            },
            expected: "content/strategi/fjernet.da.md: error: unreadable",
            fragment: "could not be read"),
        MessageTrigger(
            entry: "changedDuringBuild()",
            run: { site in
                // Past the limit (0 here), the build holds no page's text after reading it; an edit saved meanwhile is noticed.
                var options = site.options
                options.today = LocalDate(iso: "2026-11-22")
                options.heldMarkdownLimit = 0
                options.afterLoading = site.appendLine(to: "content/strategi/handlinger.da.md")
                return SiteBuilder.run(options, write: false).diagnostics
            },
            expected: "content/strategi/handlinger.da.md: error: unreadable",
            fragment: "changed (or was removed) while Torv was building"),
        MessageTrigger(
            entry: "fileNameNotUTF8()",
            run: { site in
                // "m\xE5l.da.md": å in Latin-1, as a file copied from an old Windows share may be named.
                let path = Array(site.root.appendingPathComponent("content/strategi").path.utf8) + Array("/m".utf8) + [0xE5]
                    + Array("l.da.md".utf8) + [0]
                let fd = path.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
                if fd >= 0 { close(fd) }
                return try MessageTrigger.check(site)
            },
            expected: "content/strategi/m\u{FFFD}l.da.md: error: unreadable",
            fragment: "not valid UTF-8"),
        MessageTrigger(
            entry: "folderInsteadOfFile()",
            run: { site in
                try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/site.yaml"))
                try FileManager.default.createDirectory(
                    at: site.root.appendingPathComponent("content/site.yaml"), withIntermediateDirectories: true)
                return try MessageTrigger.check(site)
            },
            expected: "content/site.yaml: error: unreadable",
            fragment: "this is a folder, but Torv expects a file here"),
    ]
}
