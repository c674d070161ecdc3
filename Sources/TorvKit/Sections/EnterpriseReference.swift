/// References from the sections to the catalogue's enterprises.
enum EnterpriseReference {
    /// "Did you mean …?" for an unknown enterprise id, else what to do instead.
    static func hint(for id: String, known: some Collection<String>, otherwise: String) -> String {
        Suggestions.closest(to: id, in: Array(known)).map { "did you mean `\($0)`?" }
            ?? "use the id of a file in content/catalogue/, or \(otherwise)"
    }
}
