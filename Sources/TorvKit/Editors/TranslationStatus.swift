import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which translations are missing and which are stale. A translation records the source text it
/// was made from as `translated_from: <hash>` in its front matter (`torv translations --mark FILE`
/// writes it); when the source's text changes, the hash no longer matches and the translation is stale.
public struct TranslationStatus: Sendable {
    public struct Missing: Sendable { public var language: String; public var source: String; public var expected: String }
    public struct Stale: Sendable { public var translation: String; public var source: String }

    public var missingPages: [Missing] = []
    public var stale: [Stale] = []
    /// Translations without `translated_from`: their freshness cannot be told.
    public var unmarked: [String] = []
    /// Texts in data files without a translation (from the data loaders' warnings).
    public var missingTexts: [Diagnostic] = []

    public var isClean: Bool { missingPages.isEmpty && stale.isEmpty && missingTexts.isEmpty }

    /// The short hash a translation records: of the source file's text, line ends normalised.
    public static func hash(of source: SourceFile) -> String {
        StableHash.hex(StableHash.fnv1a(Array(source.text.utf8)), digits: 10)
    }

    public static func make(_ options: BuildOptions) -> (TranslationStatus?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let content = ContentLoader.load(from: ContentDirectory(root: options.content), diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        let source = content.config.defaultLanguage
        var status = TranslationStatus()
        var byKey: [String: [String: PageSource]] = [:]
        for page in content.pages { byKey[page.key, default: [:]][page.language] = page }
        for (key, versions) in byKey.sorted(by: { $0.key < $1.key }) {
            guard let original = versions[source] ?? versions.values.sorted(by: { $0.language < $1.language }).first else { continue }
            for language in content.config.languages where versions[language] == nil {
                status.missingPages.append(.init(language: language, source: original.file.path,
                    expected: ContentDirectory(root: options.content).displayPath("\(key).\(language).md")))
            }
            guard let original = versions[source] else { continue }
            let current = hash(of: original.file)
            for (language, translation) in versions.sorted(by: { $0.key < $1.key }) where language != source {
                switch translation.frontMatter.translatedFrom {
                case nil: status.unmarked.append(translation.file.path)
                case let recorded? where recorded != current:
                    status.stale.append(.init(translation: translation.file.path, source: original.file.path))
                default: break
                }
            }
        }
        status.missingTexts = diagnostics.filter { $0.code == .missingTranslation }
        return (status, diagnostics.filter { $0.severity == .error })
    }

    /// Writes `translated_from: <hash of the source>` into a translation's front matter.
    /// `write` saves the new text (tests pass one that fails).
    /// Whether the folder that would hold `relative` is, with every link in its path followed, inside the content folder.
    static func isInside(_ directory: ContentDirectory, _ relative: String) -> Bool {
        guard let root = realpath(directory.root, nil) else { return true }  // a missing folder is reported later
        defer { free(root) }
        let folder = relative.contains("/") ? directory.absolutePath(String(relative[..<(relative.lastIndex(of: "/") ?? relative.endIndex)])) : directory.root
        guard let real = realpath(folder, nil) else { return true }  // a missing folder: no such file, reported later
        defer { free(real) }
        let rootPath = String(cString: root), realPath = String(cString: real)
        return realPath == rootPath || realPath.hasPrefix(rootPath == "/" ? "/" : rootPath + "/")
    }

    public static func mark(
        _ path: String, options: BuildOptions,
        write: (String, String) throws -> Void = { path, text in
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
    ) -> Result<String, Diagnostic> {
        let directory = ContentDirectory(root: options.content)
        var diagnostics: [Diagnostic] = []
        let prefix = directory.root + "/"
        let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
        // Editors' commands touch files inside content/ only: no way out with `..` or an absolute path,
        // and a symbolic link is never replaced by a file.
        if relative.hasPrefix("/") || relative.split(separator: "/").contains("..") || !isInside(directory, relative) {
            return .failure(Diagnostic(.markOutsideContent(content: directory.root), at: SourceLocation(path: path)))
        }
        var info = stat()
        if lstat(directory.absolutePath(relative), &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            return .failure(Diagnostic(.markSymlink(), at: SourceLocation(path: path)))
        }
        guard relative.hasSuffix(".md"), let (key, language) = ContentLoader.splitPageName(relative) else {
            return .failure(Diagnostic(.markNotAPage(), at: SourceLocation(path: path)))
        }
        guard let config = directory.readText(SiteConfigLoader.fileName, diagnostics: &diagnostics)
            .flatMap({ SiteConfigLoader.load($0, diagnostics: &diagnostics) })
        else {
            let siteFile = SourceLocation(path: directory.displayPath(SiteConfigLoader.fileName))
            return .failure(diagnostics.first ?? Diagnostic(.unreadable(), at: siteFile))
        }
        guard FileManager.default.fileExists(atPath: directory.absolutePath(relative)) else {
            return .failure(Diagnostic(.markNoSuchFile(), at: SourceLocation(path: directory.displayPath(relative))))
        }
        guard language != config.defaultLanguage else {
            let translation = directory.displayPath("\(key).\(config.languages.last { $0 != language } ?? language).md")
            return .failure(Diagnostic(.markSourceLanguage(translation: translation), at: SourceLocation(path: path)))
        }
        guard let original = directory.readText("\(key).\(config.defaultLanguage).md", diagnostics: &diagnostics),
            let translation = directory.readText(relative, diagnostics: &diagnostics)
        else { return .failure(diagnostics.first ?? Diagnostic(.unreadable(), at: SourceLocation(path: path))) }
        let hash = hash(of: original)
        var lines = translation.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == "---", let close = lines.dropFirst().firstIndex(where: { $0 == "---" }) else {
            return .failure(Diagnostic(.markFrontMatterMissing(), at: SourceLocation(path: translation.path, line: 1, column: 1)))
        }
        if let existing = lines[1..<close].firstIndex(where: { $0.hasPrefix("translated_from:") }) {
            lines[existing] = "translated_from: \(hash)"
        } else {
            lines.insert("translated_from: \(hash)", at: close)
        }
        do {
            try write(directory.absolutePath(relative), lines.joined(separator: "\n"))
        } catch {
            return .failure(Diagnostic(.markWriteFailed(reason: error.localizedDescription), at: SourceLocation(path: translation.path)))
        }
        return .success(hash)
    }
}
