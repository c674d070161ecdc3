/// The site's glossary (`content/glossary.yaml`): terms a citizen may not know, each explained in
/// every language, with the other forms of the word that count as a use of it.
public struct Glossary: Sendable {
    public struct Entry: Sendable {
        /// The entry's anchor on the glossary page, e.g. `fleksjob`.
        public var id: String
        /// Where the entry's id is written, for diagnostics about the whole entry.
        public var location: SourceLocation
        /// The entry in each language it has.
        public var terms: [String: Term]
    }

    public struct Term: Sendable {
        public var term: String
        /// Other forms of the word (`fleksjobbet`, `fleksjobs`), besides the term itself.
        public var forms: [String]
        public var explanation: String
    }

    /// In the file's order.
    public var entries: [Entry]
}
