import Foundation
@testable import TorvKit

extension MessageTriggers {
    /// `torv new KIND NAME` in the site's content folder, as the CLI runs it.
    static func new(_ kind: Scaffold.Kind, _ name: String) -> @Sendable (TestSite) throws -> [Diagnostic] {
        { site in
            if case .failure(let problem) = Scaffold.create(kind, name: name, content: site.root.appendingPathComponent("content").path) {
                return [problem]
            }
            return []
        }
    }

    /// `torv translations --mark FILE`, with FILE given from the site folder, as the CLI runs it.
    static func mark(_ file: String) -> @Sendable (TestSite) throws -> [Diagnostic] {
        { site in
            if case .failure(let problem) = TranslationStatus.mark(site.root.appendingPathComponent(file).path, options: site.options) {
                return [problem]
            }
            return []
        }
    }

    /// Runs `command` while the file cannot be written to: read-only, and immutable for root (who may write to read-only files).
    static let editors: [MessageTrigger] = [
        MessageTrigger(
            entry: "scaffoldBadName(_:suggestion:)",
            run: new(.page, "Om os"),
            expected: "-: error: bad-name",
            fragment: "`Om os` cannot be used as a name"),
        MessageTrigger(
            entry: "scaffoldBadPath(_:suggestion:)",
            run: new(.page, "/tmp/abs"),
            expected: "-: error: bad-name",
            fragment: "`/tmp/abs` cannot be used as a page name"),
        MessageTrigger(
            entry: "scaffoldNameWithSlash(_:kind:suggestion:)",
            run: new(.enterprise, "a/b"),
            expected: "-: error: bad-name",
            fragment: "`a/b` cannot be used as the name of an enterprise"),
        MessageTrigger(
            entry: "scaffoldBadYear(_:)",
            run: new(.marketDay, "naeste-aar"),
            expected: "-: error: bad-name",
            fragment: "`naeste-aar` is not a year"),
        MessageTrigger(
            entry: "scaffoldFileExists()",
            run: new(.page, "strategi/index"),
            expected: "content/strategi/index.da.md: error: file-exists",
            fragment: "already exists"),
        MessageTrigger(
            entry: "scaffoldWriteFailed(reason:)",
            // A file named `stories` stands where the folder for stories must go.
            files: ["content/stories": "Noter.\n"],
            run: new(.story, "ny-historie"),
            expected: "content/stories/ny-historie.da.md: error: write",
            fragment: "could not write the file"),
        MessageTrigger(
            entry: "markNotAPage()",
            run: mark("content/site.yaml"),
            expected: "content/site.yaml: error: mark-file",
            fragment: "not a page file"),
        MessageTrigger(
            entry: "markOutsideContent(content:)",
            files: ["outside.en.md": "---\ntitle: T\nsummary: S\n---\n"],
            run: mark("content/../outside.en.md"),
            expected: "content/../outside.en.md: error: mark-file",
            fragment: "outside the content folder"),
        MessageTrigger(
            entry: "markSymlink()",
            run: { site in
                try FileManager.default.createSymbolicLink(
                    atPath: site.root.appendingPathComponent("content/strategi/handlinger.en.md").path, withDestinationPath: "index.en.md")
                return try mark("content/strategi/handlinger.en.md")(site)
            },
            expected: "content/strategi/handlinger.en.md: error: mark-file",
            fragment: "a link to another file"),
        MessageTrigger(
            entry: "markNoSuchFile()",
            run: mark("content/strategi/handlinger.en.md"),
            expected: "content/strategi/handlinger.en.md: error: mark-file",
            fragment: "no such translation file"),
        MessageTrigger(
            entry: "markSourceLanguage(translation:)",
            run: mark("content/strategi/index.da.md"),
            expected: "content/strategi/index.da.md: error: mark-file",
            fragment: "source-language page"),
        MessageTrigger(
            entry: "markFrontMatterMissing()",
            files: ["content/strategi/index.en.md": "The strategy.\n"],
            run: mark("content/strategi/index.en.md"),
            expected: "content/strategi/index.en.md:1:1: error: front-matter-missing",
            fragment: "no front matter"),
        MessageTrigger(
            entry: "markWriteFailed(reason:)",
            run: { site in
                // As root no file is read-only, so the write itself fails, as on a full disk.
                let path = site.root.appendingPathComponent("content/strategi/index.en.md").path
                let result = TranslationStatus.mark(path, options: site.options) { _, _ in
                    throw CocoaError(.fileWriteOutOfSpace)
                }
                if case .failure(let problem) = result { return [problem] }
                return []
            },
            expected: "content/strategi/index.en.md: error: mark-file",
            fragment: "could not write the file"),
    ]
}
