/// A template the parser rejects: why (named as swift-mustache names it, which the diagnostic
/// shows) and where.
struct MustacheSyntaxError: Error {
    enum Reason: Error, Equatable {
        case sectionCloseNameIncorrect
        case unfinishedName
        case expectedSectionEnd
        case invalidSetDelimiter
        case transformAppliedToInheritanceSection
        case illegalTokenInsideInheritSection
        case invalidConfigVariableSyntax
        case unrecognisedConfigVariable
        /// The text ended inside a tag.
        case overflow
    }

    var reason: Reason
    /// The line the error is on, its number (1-based) and column (1-based).
    var line: String
    var lineNumber: Int
    var column: Int
}
