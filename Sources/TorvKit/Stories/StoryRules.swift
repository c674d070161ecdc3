/// The front matter of success stories (`content/stories/*.<lang>.md`).
enum StoryRules {
    static let folder = "stories"
    static let themesFile = "stories/themes.yaml"
    static let leadLimit = 300

    static func read(_ fm: YAMLMapping, file: SourceFile, diagnostics: inout [Diagnostic]) -> StoryMeta? {
        let lead = fm.string("lead", required: true, diagnostics: &diagnostics)
        if let lead, lead.count > leadLimit {
            diagnostics.append(.error("too-long", at: fm.location(ofValue: "lead"),
                "the lead is \(lead.count) characters; at most \(leadLimit) are allowed", hint: "keep the lead to one or two sentences"))
        }
        if fm.node("date") == nil {
            diagnostics.append(.error("missing-key", at: fm.location, "a story needs `date`: when it was published",
                hint: "add a line `date: 2026-10-14`"))
        }
        var themes: [(String, SourceLocation)] = []
        for node in fm.list("themes", required: true, diagnostics: &diagnostics) ?? [] {
            if let id = node.scalar?.string { themes.append((id, fm.document.location(of: node))) }
        }
        let enterprise = fm.string("enterprise", diagnostics: &diagnostics).map { ($0, fm.location(ofValue: "enterprise")) }
        let sample = fm.bool("sample", diagnostics: &diagnostics) ?? false
        var consentDate: LocalDate?, consentScope: String?
        if let consent = fm.mapping("consent", diagnostics: &diagnostics) {
            consentDate = consent.date("date", required: true, diagnostics: &diagnostics)
            consentScope = consent.string("scope", required: true, diagnostics: &diagnostics)
            consent.reportUnknownKeys(in: "`consent`", diagnostics: &diagnostics)
        }
        var images: [CatalogueImage] = []
        for item in fm.list("images", diagnostics: &diagnostics) ?? [] {
            guard let m = fm.mapping(item: item, of: "images", diagnostics: &diagnostics) else { continue }
            let path = m.string("file", required: true, diagnostics: &diagnostics)
            let alt = m.string("alt", diagnostics: &diagnostics)
            if alt?.trimmingSpaces.isEmpty != false {
                diagnostics.append(.error("image-alt-missing", at: m.location, "the image has no text alternative (`alt`)",
                    hint: "describe what the image shows: `alt: …`"))
            }
            m.reportUnknownKeys(in: "an image", diagnostics: &diagnostics)
            if let path, let alt {
                images.append(CatalogueImage(file: path, alt: LocalizedText(["*": alt]), location: m.location(ofValue: "file")))
            }
        }
        guard let lead else { return nil }
        return StoryMeta(lead: lead, themes: themes, enterprise: enterprise, sample: sample, consentDate: consentDate,
            consentScope: consentScope, images: images)
    }
}
