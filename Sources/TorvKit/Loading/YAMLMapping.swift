import Yams

/// Reads one YAML mapping key by key, reporting each problem at the position of the offending node.
///
/// Every key asked for is remembered; `reportUnknownKeys` then flags the others and lists the known ones.
public final class YAMLMapping {
    public let document: YAMLDocument
    /// Where the mapping starts (for "missing key" diagnostics).
    public let location: SourceLocation
    /// The keys asked for, in the order first asked (a short list: a mapping has a few).
    private(set) var knownKeys: [String] = []
    private var knownKeySet: Set<String> = []
    private let storage: Storage

    /// Yams's nodes, or the lines of a flat mapping (`FlatYAML`), read without making nodes.
    private enum Storage {
        /// The value and key node of each text key, so that asking for a key does not scan the
        /// mapping: a mapping read key by key (story themes, catalogue lists) stays linear in its size.
        case nodes(Node.Mapping, index: [String: (key: Node, value: Node)])
        /// At most `FlatYAML.maximumLines` lines, so a key is looked for line by line.
        case flat([FlatYAML.Entry])
    }

    init(document: YAMLDocument, mapping: Node.Mapping, location: SourceLocation) {
        self.document = document
        self.location = location
        var index: [String: (key: Node, value: Node)] = [:]
        index.reserveCapacity(mapping.count)
        for pair in mapping {
            guard let key = pair.key.string else { continue }
            // The key node of the first occurrence; the value of the last, as Yams' own subscript.
            index[key] = (index[key]?.key ?? pair.key, pair.value)
        }
        storage = .nodes(mapping, index: index)
    }

    /// A flat mapping's lines (each key once).
    init(document: YAMLDocument, flat: [FlatYAML.Entry], location: SourceLocation) {
        self.document = document
        self.location = location
        storage = .flat(flat)
    }

    private func entry(_ key: String, in entries: [FlatYAML.Entry]) -> FlatYAML.Entry? {
        entries.first { $0.key == key }
    }

    /// Where a flat line's key (`value: false`) or value is in the file.
    private func location(of entry: FlatYAML.Entry, value: Bool) -> SourceLocation {
        document.file.location(line: entry.line + document.lineOffset, column: value ? entry.column : 1)
    }

    /// The keys in source order, with their nodes.
    var entries: [(key: String, keyNode: Node, value: Node)] {
        switch storage {
        case .nodes(let mapping, _):
            return mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
        case .flat(let entries):
            return entries.compactMap { entry in
                guard let key = FlatYAML.keyNode(entry), let value = FlatYAML.valueNode(entry) else { return nil }
                return (entry.key, key, value)
            }
        }
    }

    public func node(_ key: String) -> Node? {
        remember(key)
        switch storage {
        case .nodes(_, let index): return index[key]?.value
        case .flat(let entries): return entry(key, in: entries).flatMap(FlatYAML.valueNode)
        }
    }

    public func has(_ key: String) -> Bool {
        switch storage {
        case .nodes(_, let index): index[key] != nil
        case .flat(let entries): entry(key, in: entries) != nil
        }
    }

    public func location(ofKey key: String) -> SourceLocation {
        switch storage {
        case .nodes(_, let index):
            if let node = index[key]?.key { return document.location(of: node) }
        case .flat(let entries):
            if let entry = entry(key, in: entries) { return location(of: entry, value: false) }
        }
        return location
    }

    public func location(ofValue key: String) -> SourceLocation {
        switch storage {
        case .nodes(_, let index):
            if let value = index[key]?.value { return document.location(of: value) }
        case .flat(let entries):
            if let entry = entry(key, in: entries) { return location(of: entry, value: true) }
        }
        return location
    }

    private func remember(_ key: String) {
        // A linear look through the few keys asked so far; a set once there are many.
        if knownKeySet.isEmpty && knownKeys.count < 32 {
            if !knownKeys.contains(key) { knownKeys.append(key) }
            return
        }
        if knownKeySet.isEmpty { knownKeySet = Set(knownKeys) }
        if knownKeySet.insert(key).inserted { knownKeys.append(key) }
    }

    private func isKnown(_ key: String) -> Bool {
        knownKeySet.isEmpty ? knownKeys.contains(key) : knownKeySet.contains(key)
    }

    // MARK: Typed values

    /// A text value. Numbers and dates are accepted as their text.
    public func string(_ key: String, required: Bool = false, diagnostics: inout [Diagnostic]) -> String? {
        if case .flat(let entries) = storage {
            remember(key)
            guard let entry = entry(key, in: entries) else {
                if required { diagnostics.append(missing(key)) }
                return nil
            }
            if Node.Scalar.isNull(entry.value, style: entry.style) {
                if required { diagnostics.append(emptyValue(key, at: location(ofValue: key))) }
                return nil
            }
            return text(entry.value, key: key, diagnostics: &diagnostics)
        }
        guard let value = node(key) else {
            if required { diagnostics.append(missing(key)) }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            diagnostics.append(wrongType(key, value, expected: .text))
            return nil
        }
        if scalar.isNull {
            if required { diagnostics.append(emptyValue(key, at: document.location(of: value))) }
            return nil
        }
        return text(scalar.string, key: key, diagnostics: &diagnostics)
    }

    /// "Write a value after the colon", noticing a comment where the value should be.
    func emptyValue(_ key: String, at location: SourceLocation) -> Diagnostic {
        let line = document.file.line(location.line) ?? ""
        let comment = line.contains(": #") || line.contains(":#")
        return Diagnostic(.yamlEmptyValue(key: key, comment: comment), at: location)
    }

    /// A scalar's text without the characters XML cannot hold (YAML escapes such as `"\\uFFFE"` or
    /// `"\\x01"` can make them), with a warning at the value: they would break the feeds.
    func text(_ string: String, key: String, diagnostics: inout [Diagnostic]) -> String {
        guard let bad = string.unicodeScalars.first(where: Self.isUnusable) else { return string }
        let at = location(ofValue: key)
        diagnostics.append(Diagnostic(
            .yamlUnusableCharacter(key: key, code: BaseURLRule.hex(bad)), at: at, excerpt: document.file.line(at.line)))
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: string.unicodeScalars.filter { !Self.isUnusable($0) })
        return String(kept)
    }

    /// Control characters other than tab and line ends, and the noncharacters (U+FFFE, U+FFFF, U+FDD0…).
    static func isUnusable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 { return scalar != "\t" && scalar != "\n" && scalar != "\r" }
        if (0x7F...0x9F).contains(scalar.value) { return true }
        // Unicode's 66 noncharacters, fixed by its stability policy (no table lookup per scalar).
        return (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    public func int(_ key: String, diagnostics: inout [Diagnostic]) -> Int? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value, let number = Int(scalar.string.trimmingSpaces) else {
            diagnostics.append(wrongType(key, value, expected: .wholeNumber))
            return nil
        }
        return number
    }

    public func bool(_ key: String, diagnostics: inout [Diagnostic]) -> Bool? {
        guard let value = node(key) else { return nil }
        if case .scalar(let scalar) = value {
            switch scalar.string.lowercased() {
            case "true", "yes", "ja": return true
            case "false", "no", "nej": return false
            default: break
            }
        }
        diagnostics.append(wrongType(key, value, expected: .yesOrNo))
        return nil
    }

    public func date(_ key: String, required: Bool = false, diagnostics: inout [Diagnostic]) -> LocalDate? {
        guard let text = string(key, required: required, diagnostics: &diagnostics) else { return nil }
        guard let date = LocalDate(iso: text) else {
            let wellFormed = text.count == 10 && text.split(separator: "-").map(\.count) == [4, 2, 2]
            let message: Message = wellFormed
                ? .yamlNonexistentDate(key: key, text: text) : .yamlBadDateFormat(key: key, text: text)
            diagnostics.append(Diagnostic(message, at: location(ofValue: key)))
            return nil
        }
        return date
    }

    public func mapping(_ key: String, required: Bool = false, diagnostics: inout [Diagnostic]) -> YAMLMapping? {
        guard let value = node(key) else {
            if required { diagnostics.append(missing(key)) }
            return nil
        }
        guard case .mapping(let mapping) = value else {
            diagnostics.append(wrongType(key, value, expected: .group))
            return nil
        }
        return YAMLMapping(document: document, mapping: mapping, location: document.location(of: value))
    }

    /// A list of mappings, each read by `read`.
    public func list(_ key: String, required: Bool = false, diagnostics: inout [Diagnostic]) -> [Node]? {
        guard let value = node(key) else {
            if required { diagnostics.append(missing(key)) }
            return nil
        }
        guard case .sequence(let sequence) = value else {
            diagnostics.append(wrongType(key, value, expected: .list))
            return nil
        }
        return Array(sequence)
    }

    /// Turns a list item into a mapping reader, or reports that it must be one.
    public func mapping(item: Node, of key: String, diagnostics: inout [Diagnostic]) -> YAMLMapping? {
        guard case .mapping(let mapping) = item else {
            diagnostics.append(Diagnostic(
                .yamlItemNotMapping(key: key, kind: item.kindDescription), at: document.location(of: item)))
            return nil
        }
        return YAMLMapping(document: document, mapping: mapping, location: document.location(of: item))
    }

    /// Reports every key that was never asked for, with the known keys as the hint.
    public func reportUnknownKeys(in what: String, diagnostics: inout [Diagnostic]) {
        switch storage {
        case .nodes(let mapping, _):
            for pair in mapping {
                let key = pair.key.string ?? ""
                if !isKnown(key) { diagnostics.append(unknown(key, at: document.location(of: pair.key), in: what)) }
            }
        case .flat(let entries):
            for entry in entries where !isKnown(entry.key) {
                diagnostics.append(unknown(entry.key, at: location(of: entry, value: false), in: what))
            }
        }
    }

    private func unknown(_ key: String, at location: SourceLocation, in what: String) -> Diagnostic {
        Diagnostic(.yamlUnknownKey(key: key, in: what, known: knownKeys), at: location, excerpt: document.file.line(location.line))
    }

    // MARK: Diagnostics

    func missing(_ key: String) -> Diagnostic {
        Diagnostic(.yamlMissingKey(key: key), at: location)
    }

    func wrongType(_ key: String, _ value: Node, expected: YAMLValueKind) -> Diagnostic {
        Diagnostic(
            .yamlWrongType(key: key, expected: expected, found: value.valueDescription), at: document.location(of: value),
            excerpt: document.file.line(document.location(of: value).line))
    }
}

extension String {
    var trimmingSpaces: String {
        // Most texts start and end with a visible ASCII character: nothing to trim.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return self }
        return trimmingASCIISpaces ?? trimmingSpacesByCharacter
    }

    /// `trimmingSpaces`, one character at a time (any Unicode whitespace).
    var trimmingSpacesByCharacter: String {
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s = s.dropFirst() }
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    /// `trimmingSpaces` on bytes, when what is left starts and ends with an ASCII byte: only ASCII
    /// whitespace can then have been around it (a character is whitespace by its first scalar, and
    /// no ASCII byte but LF after CR continues a character). Nil otherwise (the general path decides).
    var trimmingASCIISpaces: String? {
        let bytes = utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        guard let start = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
        guard let end = bytes.lastIndex(where: { !isSpace($0) }), bytes[start] < 0x80, bytes[end] < 0x80 else { return nil }
        return String(self[start...end])
    }
}

extension Node.Scalar {
    /// An empty value or YAML's null (`~`, `null`) written without quotes.
    var isNull: Bool { Self.isNull(string, style: style) }

    static func isNull(_ string: String, style: Style) -> Bool {
        if string.isEmpty { return true }
        return style == .plain && (string == "~" || string == "null" || string == "Null" || string == "NULL")
    }
}
