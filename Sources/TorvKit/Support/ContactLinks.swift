/// Contact links as templates use them.
enum ContactLinks {
    /// `+45 79 79 79 79` → `tel:+4579797979`.
    static func tel(_ phone: String) -> String { "tel:" + phone.filter { $0 == "+" || $0.isNumber } }
    static func mailto(_ email: String) -> String { "mailto:" + email }
}
