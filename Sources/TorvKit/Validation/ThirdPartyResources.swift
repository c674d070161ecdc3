import Foundation

/// Privacy by default: no page or stylesheet may load anything (script, style, font, image, frame)
/// from another host, since that would tell the other host who reads the page. Links to other
/// sites are fine. This looks at the output, so it catches templates and CSS as well as content.
enum ThirdPartyResources {
    /// Attributes whose URL the browser loads by itself, per element.
    static let loadingAttributes: [String: [String]] = [
        "script": ["src"], "img": ["src", "srcset"], "iframe": ["src"], "frame": ["src"], "embed": ["src"],
        "object": ["data"], "source": ["src", "srcset"], "video": ["src", "poster"], "audio": ["src"],
        "track": ["src"], "input": ["src"], "image": ["href"], "use": ["href"],
    ]
    /// The element names worth parsing (lowercase bytes), and the attribute that makes any element worth it.
    private static let interestingNames: [[UInt8]] = (["link", "style"] + loadingAttributes.keys.sorted()).map { Array($0.utf8) }
    private static let styleAttribute = Array("style=".utf8)

    /// Whether a tag's name is one that can load something (compared without allocating).
    private static func isInteresting(_ name: ArraySlice<UInt8>) -> Bool {
        guard name.count < interestingByLength.count else { return false }
        return interestingByLength[name.count].contains { wanted in zip(wanted, name).allSatisfy { $0 == ($1 | 0x20) } }
    }

    /// `interestingNames` by their length (most tags' names, like `p`, `li` or `section`, have none).
    private static let interestingByLength: [[[UInt8]]] = {
        var byLength = Array(repeating: [[UInt8]](), count: (interestingNames.map(\.count).max() ?? 0) + 1)
        for name in interestingNames { byLength[name.count].append(name) }
        return byLength
    }()

    static let loadingRels: Set<String> = ["stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest", "apple-touch-icon", "preconnect", "dns-prefetch"]

    /// `outputRoot` is the folder the site is written to (`--output`); pages are named inside it.
    /// `streamed` are the pages already written (their resources were found where they were rendered).
    static func check(
        _ files: [OutputFile], streamed: [PageResources] = [], templatesRoot: String, outputRoot: String, diagnostics: inout [Diagnostic]
    ) {
        let htmlFiles = files.filter { $0.path.hasSuffix(".html") }
        let pages = streamed + Parallel.map(htmlFiles) { PageResources(file: $0) }
        for file in files where file.path.hasSuffix(".css") {
            for url in cssResources(String(decoding: file.bytes, as: UTF8.self)) where isRemote(url) {
                diagnostics.append(Diagnostic(
                    .thirdPartyInStylesheet(url: url, assets: "\(templatesRoot)/assets"),
                    at: SourceLocation(path: "\(templatesRoot)/\(file.path)")))
            }
        }
        report(pages, templatesRoot: templatesRoot, outputRoot: outputRoot, diagnostics: &diagnostics)
    }

    /// One diagnostic per resource, naming the first page (in the site's order: content pages first)
    /// and how many more load it
    /// (a template problem shows on every page).
    private static func report(_ found: [PageResources], templatesRoot: String, outputRoot: String, diagnostics: inout [Diagnostic]) {
        var pages: [String: (tag: String, paths: [String])] = [:]
        var order: [String] = []
        for page in found {
            for (tag, url) in page.remote {
                if pages[url] == nil { order.append(url) }
                pages[url, default: (tag, [])].paths.append(page.path)
            }
        }
        for url in order {
            guard let (tag, paths) = pages[url], let first = paths.first else { continue }
            diagnostics.append(Diagnostic(
                .thirdPartyInPage(url: url, tag: tag, otherPages: paths.count - 1, assets: "\(templatesRoot)/assets"),
                at: SourceLocation(path: Self.outputPath(first, in: outputRoot))))
        }
    }

    /// `index.html` in `site` → `site/index.html`; in `/tmp/out/` → `/tmp/out/index.html`.
    static func outputPath(_ path: String, in root: String) -> String {
        var folder = root
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        return folder.isEmpty ? path : folder == "/" ? "/" + path : folder + "/" + path
    }

    static func isRemote(_ url: String) -> Bool {
        let u = url.trimmingSpaces.lowercased()
        return u.hasPrefix("//") || u.hasPrefix("http:") || u.hasPrefix("https:") || u.hasPrefix("ftp:")
    }

    static func htmlResources(_ html: String) -> [(String, String)] { htmlResources(Array(html.utf8)) }

    /// (tag, url) of everything a browser would load from this HTML. Scans bytes: only the tags
    /// are turned into strings, never the text between them.
    static func htmlResources(_ html: [UInt8]) -> [(String, String)] { htmlResources(html, onlyRemote: false) }

    /// (tag, url) of everything this HTML loads from another host (`htmlResources` that are `isRemote`).
    static func remoteResources(_ html: [UInt8]) -> [(String, String)] {
        htmlResources(html, onlyRemote: true).filter { isRemote($0.1) }
    }

    /// With `onlyRemote`, a tag none of whose values can be remote is not parsed.
    private static func htmlResources(_ html: [UInt8], onlyRemote: Bool) -> [(String, String)] {
        var found: [(String, String)] = []
        html.withUnsafeBufferPointer { buffer in
            var index = 0
            while let open = Bytes.index(of: UInt8(ascii: "<"), in: buffer, from: index) {
                guard let close = Bytes.index(of: UInt8(ascii: ">"), in: buffer, from: open + 1) else { break }
                index = close + 1
                var nameEnd = open + 1
                while nameEnd < close, isNameByte(buffer[nameEnd]) { nameEnd += 1 }
                guard nameEnd > open + 1 else { continue }
                let tag = UnsafeBufferPointer(rebasing: buffer[(open + 1)..<close])
                // Only `<style>` loads what follows it; any other tag loads from another host only
                // through a value with `:` or `//` (the entities its values are decoded from make neither).
                guard !onlyRemote || isStyle(html[(open + 1)..<nameEnd]) || mayLoadRemotely(tag) else { continue }
                // A `<link>` loads something only with a loading `rel` (or a `style`): every page's
                // canonical and alternate links are not parsed.
                guard !onlyRemote || !isLink(html[(open + 1)..<nameEnd]) || mayLoadAsLink(tag) else { continue }
                guard isInteresting(html[(open + 1)..<nameEnd]) || Bytes.find(styleAttribute, in: tag) != nil else { continue }
                found += resources(ofTag: html[(open + 1)..<close], nameLength: nameEnd - open - 1, in: html, after: index)
            }
        }
        return found
    }

    /// Whether a tag holds a `:` or a `//`, without which none of its values is a remote address.
    private static func mayLoadRemotely(_ tag: UnsafeBufferPointer<UInt8>) -> Bool {
        if Bytes.index(of: UInt8(ascii: ":"), in: tag, from: 0) != nil { return true }
        var from = 0
        while let slash = Bytes.index(of: UInt8(ascii: "/"), in: tag, from: from) {
            if slash + 1 < tag.count && tag[slash + 1] == UInt8(ascii: "/") { return true }
            from = slash + 1
        }
        return false
    }

    private static func isLink(_ name: ArraySlice<UInt8>) -> Bool {
        name.count == 4 && zip(name, "link".utf8).allSatisfy { $0 | 0x20 == $1 }
    }

    /// Whether a `<link>` tag names a loading `rel` or has a `style`: one of these words, in any case,
    /// is in it (each of `loadingRels` holds one; the entities values are decoded from make no letters).
    private static func mayLoadAsLink(_ tag: UnsafeBufferPointer<UInt8>) -> Bool {
        let lowered = tag.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return linkWords.contains { Bytes.find($0, in: lowered) != nil }
    }

    private static let linkWords: [[UInt8]] = ["stylesheet", "icon", "preload", "prefetch", "manifest", "preconnect", "style"].map { Array($0.utf8) }

    private static func isStyle(_ name: ArraySlice<UInt8>) -> Bool {
        name.count == 5 && zip(name, "style".utf8).allSatisfy { $0 | 0x20 == $1 }
    }

    /// ASCII letters and digits, which a tag's name is made of.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// What one tag that can load something (or has a `style`) loads; `index` is just after it.
    private static func resources(ofTag tag: ArraySlice<UInt8>, nameLength: Int, in html: [UInt8], after index: Int) -> [(String, String)] {
        var found: [(String, String)] = []
        let nameBytes = tag.prefix(nameLength)
        let name = String(decoding: nameBytes, as: UTF8.self).lowercased()
        let attributes = parseAttributes(tag.dropFirst(nameLength))
        if name == "link" {
            let rels = Set((attributes["rel"] ?? "").lowercased().split(separator: " ").map(String.init))
            if !rels.isDisjoint(with: loadingRels), let href = attributes["href"] { found.append(("link rel=\(rels.sorted().joined(separator: " "))", href)) }
        } else if let names = loadingAttributes[name] {
            for attribute in names {
                guard let value = attributes[attribute] else { continue }
                if attribute == "srcset" {
                    for candidate in value.split(separator: ",") {
                        if let url = candidate.split(separator: " ").first { found.append((name, String(url))) }
                    }
                } else {
                    found.append((name, value))
                }
            }
        }
        if let style = attributes["style"] {
            found += cssResources(style).map { (name + " style", $0) }
        }
        if name == "style", let end = Bytes.find(Array("</style".utf8), in: html[index...]) {
            found += cssResources(String(decoding: html[index..<end], as: UTF8.self)).map { ("style", $0) }
        }
        return found
    }

    /// The attributes of every `<name …>` tag, in order (for reading a page's own head).
    static func htmlTags(_ html: [UInt8], named wanted: String) -> [([String: String], Int)] {
        var tags: [([String: String], Int)] = []
        var index = 0
        let needle = Array(("<" + wanted).utf8)
        while let open = Bytes.find(needle, in: html[index...]) {
            guard let close = html[open...].firstIndex(of: UInt8(ascii: ">")) else { break }
            tags.append((parseAttributes(html[(open + needle.count)..<close]), open))
            index = close + 1
        }
        return tags
    }

    /// A tag's attributes (after its name), on UTF-8 bytes: names lowercased, values with the five
    /// entities templates write decoded; a name without a value has "".
    static func parseAttributes(_ tag: ArraySlice<UInt8>) -> [String: String] {
        var result: [String: String] = [:]
        var i = tag.startIndex
        let end = tag.endIndex
        func skip(_ skipped: (UInt8) -> Bool) { while i < end, skipped(tag[i]) { i += 1 } }
        while true {
            skip { isSpace($0) || $0 == UInt8(ascii: "/") }
            let nameStart = i
            skip { !isSpace($0) && $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "/") }
            if i == nameStart { break }
            let name = String(decoding: tag[nameStart..<i], as: UTF8.self).lowercased()
            skip(isSpace)
            var value = ""
            if i < end, tag[i] == UInt8(ascii: "=") {
                i += 1
                skip(isSpace)
                if i < end, tag[i] == UInt8(ascii: "\"") || tag[i] == UInt8(ascii: "'") {
                    let quote = tag[i]
                    i += 1
                    let valueStart = i
                    skip { $0 != quote }
                    value = String(decoding: tag[valueStart..<i], as: UTF8.self)
                    if i < end { i += 1 }
                } else {
                    let valueStart = i
                    skip { !isSpace($0) }
                    value = String(decoding: tag[valueStart..<i], as: UTF8.self)
                }
            }
            result[name] = decodeEntities(value)
        }
        return result
    }

    /// HTML's ASCII whitespace.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.containsByte(UInt8(ascii: "&")) else { return s }
        return s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// URLs in `url(…)` and `@import "…"`.
    static func cssResources(_ css: String) -> [String] {
        var urls: [String] = []
        var rest = css[...]
        while let range = rest.range(of: "url(", options: .caseInsensitive) {
            rest = rest[range.upperBound...]
            guard let end = rest.firstIndex(of: ")") else { break }
            urls.append(rest[..<end].trimmingSpaces.trimmingCharacters(in: ["\"", "'"]))
            rest = rest[end...]
        }
        rest = css[...]
        while let range = rest.range(of: "@import", options: .caseInsensitive) {
            rest = rest[range.upperBound...]
            let value = rest.prefix { $0 != ";" }.trimmingSpaces
            if value.hasPrefix("\"") || value.hasPrefix("'") {
                urls.append(String(value.dropFirst().prefix { $0 != "\"" && $0 != "'" }))
            }
        }
        return urls
    }
}

private extension Substring {
    var trimmingSpaces: String { String(self).trimmingSpaces }
}
