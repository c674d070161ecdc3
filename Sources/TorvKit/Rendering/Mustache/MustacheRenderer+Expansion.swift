extension MustacheRenderer {
    /// A `{{>partial}}`, `{{<parent}}` or `{{$block}}` tag the renderer goes into.
    struct Expansion: Equatable {
        /// The template the tag stands in.
        var template: String
        /// The partial's, parent's or block's name.
        var name: String
        var isBlock: Bool
        /// A block shown with a `{{<parent}}`'s replacement rather than its own text.
        var isReplaced = false
        /// Where the tag starts, in Characters from the start of the parsed text (see `MustacheNode`).
        var tag: Int

        /// Whether both are the same tag of the same template.
        func isSameTag(as other: Expansion) -> Bool {
            tag == other.tag && template == other.template
        }
    }
}
