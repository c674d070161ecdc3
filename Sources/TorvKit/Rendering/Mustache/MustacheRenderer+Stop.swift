extension MustacheRenderer {
    /// Where rendering first stopped at `maximumDepth` or `maximumExpansions`. The page is then cut off there.
    struct Stop: Equatable {
        /// The tag it did not go into.
        var at: Expansion
        /// `maximumDepth` was reached (false: `maximumExpansions`).
        var tooDeep: Bool
        /// The innermost circle among the tags being rendered there, outermost first: from a tag to just
        /// inside where the same tag comes round again. Empty when no tag came round twice.
        var circle: [Expansion] = []
    }
}
