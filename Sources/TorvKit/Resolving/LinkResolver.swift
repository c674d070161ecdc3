/// Step 3b: turns the links written in Markdown (`../politik/index.da.md#vision`, `#mål`,
/// `media/plan.pdf`) into the site's addresses, in the reader's language, and reports every link
/// that leads nowhere.
struct LinkResolver: Sendable {
    let plan: SitePlan
    /// key → language → heading ids; nil while they are not known yet (`StreamStage`, which
    /// renders each page as it is converted): a link to a heading is then resolved without the
    /// check, and its `Resolution` names the heading to check once every page's ids are known.
    let anchors: [String: [String: Set<String>]]?
    let staticFiles: Set<String>
    /// Paths Torv itself writes (assets), for links like `/assets/logo.svg`.
    let generatedPaths: Set<String>

    struct Resolution: Equatable {
        var url: String
        /// Set when the link leads to a page in another language than the linking page.
        var hreflang: String?
        /// Without `anchors`: the heading the link names, not checked yet.
        var anchor: AnchorCheck? = nil
    }

    /// A heading a link names (`fragment`), on the page `key` in `language`.
    struct AnchorCheck: Equatable, Sendable {
        var fragment: String
        var key: String
        var language: String
    }

    func resolve(_ link: MarkdownPage.PendingLink, from page: PlannedPage) -> Result<Resolution, Diagnostic> {
        resolvePlainPageLink(link, from: page) ?? resolveGeneral(link, from: page)
    }

    /// `resolve` for any link (the tests compare the plain links' path with it).
    func resolveGeneral(_ link: MarkdownPage.PendingLink, from page: PlannedPage) -> Result<Resolution, Diagnostic> {
        let (pathPart, fragment) = Self.split(link.destination)
        let source = page.source

        // `#anchor` on the same page.
        if pathPart.isEmpty {
            guard let fragment else { return .success(.init(url: "#")) }
            let anchor = AnchorCheck(fragment: fragment, key: page.key, language: page.language)
            if let problem = check(anchor, link: link, from: page) { return .failure(problem) }
            return .success(.init(url: "#" + fragment, anchor: anchors == nil ? anchor : nil))
        }
        if pathPart.hasPrefix("/") {
            return resolveAbsolute(link, path: String(pathPart.dropFirst()), fragment: fragment, from: page)
        }
        guard let target = Self.join(directory: source.directory, relative: pathPart) else {
            return .failure(Diagnostic(
                .brokenLinkOutside(destination: link.destination), at: link.location, excerpt: source.file.line(link.location.line)))
        }
        if target.hasSuffix(".md") {
            return resolvePage(link, target: target, fragment: fragment, from: page)
        }
        if staticFiles.contains(target) {
            return .success(.init(url: plan.config.basePath + target))
        }
        if pathPart.lowercased().hasPrefix("www.") {
            return .failure(Diagnostic(
                .brokenLinkNoScheme(destination: link.destination, isImage: link.isImage), at: link.location,
                excerpt: source.file.line(link.location.line)))
        }
        return .failure(Diagnostic(
            .brokenLinkMissingFile(destination: link.destination, target: target, isImage: link.isImage), at: link.location,
            excerpt: source.file.line(link.location.line)))
    }

    /// A root-absolute address (`path` without its leading `/`): must be one the site publishes.
    private func resolveAbsolute(
        _ link: MarkdownPage.PendingLink, path: String, fragment: String?, from page: PlannedPage
    ) -> Result<Resolution, Diagnostic> {
        if plan.pages.contains(where: { $0.path == path || $0.path == path + "/" }) || staticFiles.contains(path)
            || generatedPaths.contains(path)
        {
            return .success(.init(url: plan.config.basePath + path + (fragment.map { "#" + $0 } ?? "")))
        }
        return .failure(Diagnostic(
            .brokenLinkAbsolute(destination: link.destination, language: page.language), at: link.location,
            excerpt: page.source.file.line(link.location.line)))
    }

    /// A link to a page's Markdown file (`target`, inside `content/`): the version in the reader's
    /// language if there is one, else the one the link names, else the best other version.
    private func resolvePage(
        _ link: MarkdownPage.PendingLink, target: String, fragment: String?, from page: PlannedPage
    ) -> Result<Resolution, Diagnostic> {
        let (key, named) = PageKey.keyAndLanguage(ofFile: target)
        return resolvePage(link, key: key, named: named, target: { target }, fragment: fragment, from: page)
    }

    /// `resolvePage` once the file's key and the language its name gives are known; `target` is
    /// asked for only to say that there is no such page.
    func resolvePage(
        _ link: MarkdownPage.PendingLink, key: String, named: String?, target: () -> String, fragment: String?, from page: PlannedPage
    ) -> Result<Resolution, Diagnostic> {
        let explicitLanguage = named.flatMap { plan.config.languages.contains($0) ? $0 : nil }
        guard let found = plan.pageIndex(key: key, language: page.language)
            ?? explicitLanguage.flatMap({ plan.pageIndex(key: key, language: $0) })
            ?? plan.bestVersionIndex(of: key, for: page.language)
        else {
            return .failure(missingPage(link, target: target(), key: key, explicitLanguage: explicitLanguage, from: page))
        }
        let language = plan.pages[found].language
        let anchor = fragment.map { AnchorCheck(fragment: $0, key: key, language: language) }
        if let anchor, let problem = check(anchor, link: link, from: page) {
            return .failure(problem)
        }
        let url = plan.url(plan.pages[found].path, fragment: fragment)
        return .success(.init(url: url, hreflang: language == page.language ? nil : language, anchor: anchors == nil ? anchor : nil))
    }

    /// Why a link to a page's file leads nowhere: the page is held back by drafts and dates, or
    /// there is no such page (with the closest existing one as a suggestion).
    private func missingPage(
        _ link: MarkdownPage.PendingLink, target: String, key: String, explicitLanguage: String?, from page: PlannedPage
    ) -> Diagnostic {
        let source = page.source
        if let held = plan.unpublished.pages[key]?[page.language] ?? explicitLanguage.flatMap({ plan.unpublished.pages[key]?[$0] })
            ?? plan.unpublished.pages[key]?.values.first
        {
            return Diagnostic(
                .linkToUnpublished(destination: link.destination, target: held.relativePath, visibility: held.visibility),
                at: link.location, excerpt: source.file.line(link.location.line))
        }
        let guess = Suggestions.closest(to: key, in: plan.keys)
        let suggestion = guess.map { Self.relativeLink(from: source.directory, to: $0, language: page.language) }
        return Diagnostic(
            .brokenLinkMissingPage(destination: link.destination, target: target, suggestion: suggestion),
            at: link.location, excerpt: source.file.line(link.location.line))
    }

    /// Whether the heading a link names is there (nil), or why not; nil too while `anchors` are not known.
    func check(_ anchor: AnchorCheck, link: MarkdownPage.PendingLink, from page: PlannedPage) -> Diagnostic? {
        guard let anchors else { return nil }
        let (fragment, key, language) = (anchor.fragment, anchor.key, anchor.language)
        let ids = anchors[key]?[language] ?? []
        if ids.contains(fragment) { return nil }
        let samePage = key == page.key && language == page.language
        let target = samePage ? nil : plan.page(key: key, language: language)?.source.file.path ?? key
        let elsewhere = plan.config.languages.first { $0 != language && anchors[key]?[$0]?.contains(fragment) == true }
        let message = Message.brokenAnchor(
            destination: link.destination, fragment: fragment, target: target, otherLanguage: elsewhere.map(LanguageNames.english),
            suggestion: Suggestions.closest(to: fragment, in: Array(ids)))
        return Diagnostic(message, at: link.location, excerpt: page.source.file.line(link.location.line))
    }

    /// `a/b.md#c` → (`a/b.md`, `c`); a query string is dropped.
    static func split(_ destination: String) -> (String, String?) {
        var path = destination
        var fragment: String?
        if let hash = path.utf8Index(of: UInt8(ascii: "#")) {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let question = path.utf8Index(of: UInt8(ascii: "?")) { path = String(path[..<question]) }
        return (path.removingPercentEncodingIfPossible, fragment.map { $0.removingPercentEncodingIfPossible })
    }

    /// Joins a relative path to a folder inside `content/`, resolving `.` and `..`. Nil when it leaves `content/`.
    static func join(directory: String, relative: String) -> String? {
        guard isPlain(directory) else { return joinByParts(directory: directory, relative: relative) }
        var (directory, relative) = (directory, relative)
        return directory.withUTF8 { directory in
            relative.withUTF8 { joinPlain(directory: directory, relative: $0).map { String(decoding: $0, as: UTF8.self) } }
        }
    }

    /// `join` for a plain folder (every page's is), on the bytes in place: the relative path's names
    /// one by one, dropping the last name for each `..`. Nil when it leaves `content/`.
    static func joinPlain(directory: UnsafeBufferPointer<UInt8>, relative: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var out: [UInt8] = []
        out.reserveCapacity(directory.count + relative.count + 1)
        out.append(contentsOf: directory)
        var start = 0
        while start < relative.count {
            let end = Bytes.index(of: slash, in: relative, from: start) ?? relative.count
            let length = end - start
            if length == 2 && relative[start] == dot && relative[start + 1] == dot {
                if out.isEmpty { return nil }
                out.removeSubrange((out.lastIndex(of: slash) ?? 0)...)
            } else if length > 0 && !(length == 1 && relative[start] == dot) {
                if !out.isEmpty { out.append(slash) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: relative[start..<end]))
            }
            start = end + 1
        }
        return out
    }

    /// `join` for a folder that is not plain: its names are kept as they are. (The general way,
    /// which the tests compare the fast paths with.)
    static func joinByParts(directory: String, relative: String) -> String? {
        let slash = UInt8(ascii: "/")
        var parts = directory.utf8.split(separator: slash).map { Substring($0) }
        for part in relative.utf8.split(separator: slash, omittingEmptySubsequences: true).map({ Substring($0) }) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// Whether a path is names between single slashes, none of them `.` or `..` (or it is empty).
    static func isPlain(_ path: String) -> Bool {
        var path = path
        return path.withUTF8(isPlain(bytes:))
    }

    /// `isPlain` for a path's UTF-8 bytes.
    static func isPlain(bytes path: UnsafeBufferPointer<UInt8>) -> Bool {
        var length = 0, dots = 0
        for byte in path {
            if byte == UInt8(ascii: "/") {
                if length == 0 || (length == dots && dots <= 2) { return false }
                (length, dots) = (0, 0)
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return path.isEmpty || (length > 0 && !(length == dots && dots <= 2))
    }

    static func relativeLink(from directory: String, to key: String, language: String) -> String {
        let from = directory.split(separator: "/").map(String.init)
        let to = key.split(separator: "/").map(String.init)
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...]).joined(separator: "/") + ".\(language).md"
    }
}

extension String {
    var removingPercentEncodingIfPossible: String {
        guard containsByte(UInt8(ascii: "%")) else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let h = iterator.next(), let l = iterator.next(),
                let value = UInt8(String(decoding: [h, l], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
