import Foundation

/// Reads one Markdown page: splits the front matter off and reads its keys.
enum PageLoader {
    static func load(
        _ file: SourceFile, relativePath: String, key: String, language: String, diagnostics: inout [Diagnostic]
    ) -> PageSource? {
        let parts: FrontMatterSplitter.Parts
        switch FrontMatterSplitter.split(file) {
        case .success(let p): parts = p
        case .failure(let d):
            diagnostics.append(d)
            return nil
        }
        guard let document = YAMLDocument.parse(parts.yaml, in: file, lineOffset: parts.yamlFirstLine - 1, diagnostics: &diagnostics),
            let fm = document.rootMapping(diagnostics: &diagnostics, what: "the front matter")
        else { return nil }
        let before = diagnostics.count
        let title = fm.string("title", required: true, diagnostics: &diagnostics)
        let slug = fm.string("slug", diagnostics: &diagnostics)
        if let slug, !SlugRules.isValid(slug) {
            diagnostics.append(Diagnostic(
                .pageBadSlug(slug: slug, suggestion: SlugRules.suggest(from: slug)), at: fm.location(ofValue: "slug"),
                excerpt: file.line(fm.location(ofValue: "slug").line)))
        }
        let summary = fm.string("summary", required: true, diagnostics: &diagnostics)
        if let summary, summary.count > 160 {
            diagnostics.append(Diagnostic(
                .pageLongSummary(length: summary.count, limit: 160), at: fm.location(ofValue: "summary")))
        }
        let weight = fm.int("weight", diagnostics: &diagnostics) ?? 0
        let date = fm.date("date", diagnostics: &diagnostics)
        let updated = fm.date("updated", diagnostics: &diagnostics)
        let layoutName = fm.string("layout", diagnostics: &diagnostics)
        let layout = layoutName.map { Layout(rawValue: $0).flatMap { Layout.editable.contains($0) ? $0 : nil } }
            ?? (relativePath.hasPrefix(StoryRules.folder + "/") && !key.hasSuffix("/index") ? .story : .page)
        if let layoutName, layout == nil {
            let known = Layout.editable.map(\.rawValue)
            diagnostics.append(Diagnostic(
                .pageUnknownLayout(layout: layoutName, known: known), at: fm.location(ofValue: "layout")))
        }
        let toc = fm.bool("toc", diagnostics: &diagnostics) ?? false
        let translatedFrom = fm.string("translated_from", diagnostics: &diagnostics)
        let isStory = relativePath.hasPrefix(StoryRules.folder + "/") && !key.hasSuffix("/index")
        let story = isStory ? StoryRules.read(fm, file: file, diagnostics: &diagnostics) : nil
        fm.reportUnknownKeys(in: "the front matter", diagnostics: &diagnostics)
        if let date, let updated, updated < date {
            diagnostics.append(Diagnostic(
                .pageUpdatedBeforeDate(updated: "\(updated)", date: "\(date)"), at: fm.location(ofValue: "updated")))
        }
        guard diagnostics[before...].allSatisfy({ $0.severity != .error }), let title, let summary, let layout else { return nil }
        let frontMatter = FrontMatter(
            title: title, slug: slug, summary: summary, weight: weight, date: date, updated: updated,
            layout: layout, toc: toc, translatedFrom: translatedFrom, story: story)
        return PageSource(
            file: file, relativePath: relativePath, key: key, language: language, frontMatter: frontMatter,
            body: parts.body, bodyFirstLine: parts.bodyFirstLine)
    }
}

/// URL slugs: lowercase ASCII letters, digits and single hyphens.
enum SlugRules {
    static func isValid(_ slug: String) -> Bool {
        guard !slug.isEmpty, !slug.hasPrefix("-"), !slug.hasSuffix("-"), !slug.contains("--") else { return false }
        return slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A valid slug made from any text: `Målgrupper & mål` → `maalgrupper-maal`.
    static func suggest(from text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            // Fast path: ASCII letters and digits stay, other ASCII separates words.
            if let ascii = character.asciiValue {
                if (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x30 && ascii <= 0x39) {
                    if pendingHyphen && !out.isEmpty { out += "-" }
                    pendingHyphen = false
                    out.unicodeScalars.append(Unicode.Scalar(ascii))
                } else {
                    pendingHyphen = true
                }
                continue
            }
            let mapped: String
            switch character {
            case "æ": mapped = "ae"
            case "ø": mapped = "oe"
            case "å": mapped = "aa"
            case "ä": mapped = "ae"
            case "ö": mapped = "oe"
            case "ü": mapped = "ue"
            case "ß": mapped = "ss"
            default:
                let folded = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII)
                mapped = String(String.UnicodeScalarView(folded))
            }
            for scalar in mapped.unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    if pendingHyphen && !out.isEmpty { out += "-" }
                    pendingHyphen = false
                    out.unicodeScalars.append(scalar)
                } else {
                    pendingHyphen = true
                }
            }
            if mapped.isEmpty { pendingHyphen = true }
        }
        return out.isEmpty ? "side" : out
    }
}
