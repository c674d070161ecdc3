/// iCalendar (RFC 5545) text: CRLF line ends, content lines folded at 75 octets without splitting a
/// UTF-8 character, TEXT values escaped.
enum ICalendar {
    /// Escapes a TEXT value: backslash, semicolon, comma and new lines.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default: out.append(c)
            }
        }
        return out
    }

    /// Folds one content line: at most 75 octets per line, continuation lines start with a space.
    static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line }
        var pieces: [String] = []
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            // Do not cut inside a UTF-8 sequence: continuation bytes look like 10xxxxxx.
            while end < bytes.count && end > start && (bytes[end] & 0xC0) == 0x80 { end -= 1 }
            pieces.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
            limit = 74  // the leading space counts
        }
        return pieces.joined(separator: "\r\n ")
    }

    /// Each content line loses any control character left in it (TEXT values have theirs escaped
    /// already): a line break inside a value, e.g. from an address, could otherwise add properties.
    static func document(_ lines: [String]) -> String {
        lines.map { fold(withoutControlCharacters($0)) }.joined(separator: "\r\n") + "\r\n"
    }

    static func withoutControlCharacters(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\t" }) else { return line }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: line.unicodeScalars.filter { $0.properties.generalCategory != .control || $0 == "\t" })
        return String(scalars)
    }

    /// `20261205T100000` (local time, used with TZID).
    static func local(_ date: LocalDate, _ time: LocalTime) -> String {
        date.description.replacingOccurrences(of: "-", with: "") + "T" + time.description.replacingOccurrences(of: ":", with: "") + "00"
    }

    /// `20261205T000000Z`.
    static func utcMidnight(_ date: LocalDate) -> String {
        date.description.replacingOccurrences(of: "-", with: "") + "T000000Z"
    }
}
