/// Words `torv serve` shows in the browser when the site has not given its own (a UI string).
enum PreviewTexts {
    /// The banner of `torv serve --drafts`, when `preview_drafts` is missing from content/i18n.
    static let draftsBanner = "Preview with drafts and scheduled pages: the published site does not show all of this"
}

/// What `torv serve` says at start about how it notices saves.
extension PreviewTexts {
    static func watchingWithInotify(_ folders: [String]) -> String {
        "watching \(folders.map { $0 + "/" }.joined(separator: " and ")) with inotify: a save shows at once"
    }

    static func watchingByPolling(_ folders: [String]) -> String {
        "checking \(folders.map { $0 + "/" }.joined(separator: " and ")) for changes five times a second (polling)"
    }
}
