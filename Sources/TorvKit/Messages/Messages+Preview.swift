/// Messages of `torv serve` itself (not of the content it shows).
extension Message {
    /// inotify could not watch `content/` and `templates/` (at start, or a new folder later), so
    /// `torv serve` looks for changes by polling instead.
    static func watchUnavailable(reason: String) -> Message {
        .warning(.watch,
            "the preview cannot be told of changes here (inotify: \(reason.hasSuffix(".") ? String(reason.dropLast()) : reason)); it looks for them five times a second instead",
            hint: "nothing is lost: a save shows up to 0.2 s later. Containers and network folders may lack inotify; "
                + "when the reason is `No space left on device`, the system's number of watches is used up: "
                + "raise it with `sysctl fs.inotify.max_user_watches=524288`")
    }
}
