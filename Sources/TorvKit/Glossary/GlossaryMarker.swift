/// Marks the first use of each glossary term on a page as a link to its entry: any of the term's
/// forms, as a whole word, in any case. One marker serves every page of a language; the set of
/// terms a page has used already is the caller's.
struct GlossaryMarker: Sendable {
    struct Form: Sendable {
        var scalars: [Unicode.Scalar]
        var id: String
    }

    /// The forms by their first (lowercased) letter, longest first, so that
    /// `registreret socialøkonomisk virksomhed` wins over `socialøkonomisk virksomhed`.
    let forms: [Unicode.Scalar: [Form]]
    /// Each entry's address on the glossary page: `/ordliste/#fleksjob`.
    let hrefs: [String: String]
    /// What the marking depends on, for the cache of converted pages.
    let fingerprint: UInt64

    init(terms: [(id: String, term: Glossary.Term)], pageURL: String) {
        var forms: [Unicode.Scalar: [Form]] = [:]
        var hrefs: [String: String] = [:]
        var hash = KeyHash()
        hash.add(pageURL)
        for (id, term) in terms {
            hrefs[id] = pageURL + "#" + id
            hash.add(id)
            for text in [term.term] + term.forms {
                hash.add(text)
                let scalars = text.unicodeScalars.map(Self.fold)
                guard let first = scalars.first else { continue }
                forms[first, default: []].append(Form(scalars: scalars, id: id))
            }
        }
        self.forms = forms.mapValues { $0.sorted { $0.scalars.count > $1.scalars.count } }
        self.hrefs = hrefs
        self.fingerprint = hash.value
    }

    /// `text` cut into plain pieces and marked terms, or nil when it has no term not in `used`
    /// (the ids marked on the page so far; the ones marked here are added).
    func mark(_ text: String, used: inout Set<String>) -> [CmarkBridge.TextPiece]? {
        guard used.count < hrefs.count else { return nil }
        let original = Array(text.unicodeScalars)
        var pieces: [CmarkBridge.TextPiece] = []
        var start = 0
        var index = 0
        while index < original.count {
            var matched = 0
            if index == 0 || !Self.isWordPart(original[index - 1]), let candidates = forms[Self.fold(original[index])] {
                for form in candidates where !used.contains(form.id) && matches(form.scalars, in: original, at: index) {
                    if start < index { pieces.append(.text(Self.string(original[start..<index]))) }
                    let end = index + form.scalars.count
                    let href = HTML.escapeAttribute(hrefs[form.id] ?? "")
                    pieces.append(.wrapped(Self.string(original[index..<end]), enter: "<a class=\"term\" href=\"\(href)\">", exit: "</a>"))
                    used.insert(form.id)
                    matched = form.scalars.count
                    start = end
                    break
                }
            }
            index += max(matched, 1)
        }
        guard !pieces.isEmpty else { return nil }
        if start < original.count { pieces.append(.text(Self.string(original[start...]))) }
        return pieces
    }

    /// Whether `form` stands at `index` as a whole word.
    private func matches(_ form: [Unicode.Scalar], in text: [Unicode.Scalar], at index: Int) -> Bool {
        let end = index + form.count
        guard end <= text.count else { return false }
        for offset in 0..<form.count where Self.fold(text[index + offset]) != form[offset] { return false }
        return end == text.count || !Self.isWordPart(text[end])
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// A letter or digit: what a whole word may not continue with.
    static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The scalar in lower case, when that is one scalar.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let only = lower.first else { return scalar }
        return only
    }
}
