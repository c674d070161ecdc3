/// The front matter of success stories (`content/stories/*.<lang>.md`).
enum StoryRules {
    static let folder = "stories"
    static let themesFile = "stories/themes.yaml"
    static let leadLimit = 300

    static func read(_ fm: YAMLMapping, file: SourceFile, diagnostics: inout [Diagnostic]) -> StoryMeta? {
        let lead = fm.string("lead", required: true, diagnostics: &diagnostics)
        if let lead, lead.count > leadLimit {
            diagnostics.append(Diagnostic(.storyLeadTooLong(count: lead.count, limit: leadLimit), at: fm.location(ofValue: "lead")))
        }
        if fm.node("date") == nil {
            diagnostics.append(Diagnostic(.storyDateMissing(), at: fm.location))
        }
        var themes: [(String, SourceLocation)] = []
        for node in fm.list("themes", required: true, diagnostics: &diagnostics) ?? [] {
            if let id = node.scalar?.string { themes.append((id, fm.document.location(of: node))) }
        }
        let enterprise = fm.string("enterprise", diagnostics: &diagnostics).map { ($0, fm.location(ofValue: "enterprise")) }
        let sample = fm.bool("sample", diagnostics: &diagnostics) ?? false
        var consentDate: LocalDate?, consentScope: String?
        if !fm.has("consent") {
            diagnostics.append(Diagnostic(.storyConsentMissing(), at: fm.location))
        }
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
                diagnostics.append(Diagnostic(.storyImageAltMissing(), at: m.has("alt") ? m.location(ofValue: "alt") : m.location))
            }
            m.reportUnknownKeys(in: "an image", diagnostics: &diagnostics)
            if let path, let alt {
                images.append(CatalogueImage(file: path, alt: LocalizedText(["*": alt]), location: m.location(ofValue: "file")))
            }
        }
        guard let lead else { return nil }
        return StoryMeta(lead: lead, themes: themes, enterprise: enterprise, sample: sample, consentDate: consentDate,
            consentScope: consentScope, images: images, dateLocation: fm.location(ofValue: "date"),
            themesLocation: fm.location(ofValue: "themes"))
    }
}
