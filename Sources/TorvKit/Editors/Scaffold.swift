import Foundation

/// `torv new`: the files an editor needs for a new page, story, enterprise or market day, in every
/// language of the site, with every field present and explained (the texts are in
/// `Messages/ScaffoldTexts.swift`). Never overwrites a file.
public enum Scaffold {
    public enum Kind: String, CaseIterable, Sendable { case page, story, enterprise, marketDay = "market-day" }

    /// `languages` are the site's (read from `content/site.yaml` when not given).
    public static func create(_ kind: Kind, name: String, content: String, languages: [String]? = nil) -> Result<[String], Diagnostic> {
        let directory = ContentDirectory(root: content)
        // The names the build accepts: a page is a path inside content/ (no empty part, so no leading,
        // trailing or double `/`); a story or an enterprise is one file name.
        if kind == .page, name.split(separator: "/", omittingEmptySubsequences: false).contains(where: \.isEmpty), !name.isEmpty {
            return .failure(Diagnostic(.scaffoldBadPath(name, suggestion: name.split(separator: "/").joined(separator: "/")), at: nil))
        }
        if kind == .story || kind == .enterprise, name.contains("/") {
            return .failure(Diagnostic(
                .scaffoldNameWithSlash(name, kind: kind.rawValue, suggestion: SlugRules.suggest(from: name.replacingOccurrences(of: "/", with: "-"))),
                at: nil))
        }
        let found: Result<[String], Diagnostic> = languages.map { .success($0) } ?? siteLanguages(directory)
        guard case .success(let languages) = found else {
            if case .failure(let problem) = found { return .failure(problem) }
            return .success([])
        }
        let parts = name.split(separator: "/").map(String.init)
        guard !parts.isEmpty, parts.allSatisfy(SlugRules.isValid) || (kind == .marketDay && Int(name) != nil) else {
            return .failure(Diagnostic(.scaffoldBadName(name, suggestion: SlugRules.suggest(from: name)), at: nil))
        }
        var files: [(String, String)] = []
        switch kind {
        case .page:
            // An index page names its folder: its slug is the folder's name, never `index`.
            // (The home page, `index` at the top, has no slug.)
            let slug = parts.last == "index" ? parts.dropLast().last : (parts.last ?? name)
            files = languages.map { ("\(name).\($0).md", ScaffoldTexts.page($0, slug: slug, default: $0 == languages.first)) }
        case .story:
            files = languages.map { ("stories/\(name).\($0).md", ScaffoldTexts.story($0)) }
        case .enterprise:
            files = [("catalogue/\(name).yaml", ScaffoldTexts.enterprise(name, languages: languages))]
        case .marketDay:
            guard let year = Int(name), (2000...2999).contains(year) else {
                return .failure(Diagnostic(.scaffoldBadYear(name), at: nil))
            }
            files = [("market-day/\(year).yaml", ScaffoldTexts.marketDay(year, languages: languages))]
        }
        for (path, _) in files where FileManager.default.fileExists(atPath: directory.absolutePath(path)) {
            return .failure(Diagnostic(.scaffoldFileExists(), at: SourceLocation(path: directory.displayPath(path))))
        }
        var written: [String] = []
        for (path, text) in files {
            let url = URL(fileURLWithPath: directory.absolutePath(path))
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                written.append(directory.displayPath(path))
            } catch {
                return .failure(Diagnostic(
                    .scaffoldWriteFailed(reason: error.localizedDescription), at: SourceLocation(path: directory.displayPath(path))))
            }
        }
        return .success(written)
    }

    /// The languages in `content/site.yaml`, or its first error.
    static func siteLanguages(_ directory: ContentDirectory) -> Result<[String], Diagnostic> {
        var diagnostics: [Diagnostic] = []
        if let file = directory.readText(SiteConfigLoader.fileName, diagnostics: &diagnostics),
            let config = SiteConfigLoader.load(file, diagnostics: &diagnostics)
        {
            return .success(config.languages)
        }
        if let problem = diagnostics.first(where: { $0.severity == .error }) { return .failure(problem) }
        return .failure(Diagnostic(.noSiteConfig(), at: SourceLocation(path: directory.displayPath(SiteConfigLoader.fileName))))
    }
}
