/// The one pass behind `Readability.analyse`: a page's Markdown as UTF-8 bytes in; words, sentences,
/// long words and long sentences out. It reads the bytes where they are (no copy of the text, no
/// `String` or `Character` per letter), removing markup and splitting tokens in the same pass.
///
/// What counts, line by line: headings, list items, numbered lines and blank lines end a sentence;
/// link targets `](…)` and heading ids `{#…}` are not text, nor are `*`, `_`, `#`, `[`, `` ` `` and `>`;
/// a token is what stands between spaces or tabs; a token with a letter is a word, and a word of more
/// than 6 letters is long; a token whose last mark (closing quotes, brackets and `*`/`_` aside) is
/// `.`, `!`, `?` or `:` ends its sentence.
struct ReadabilityScan {
    private(set) var report = Readability.Report(words: 0, sentences: 0, longWords: 0, longSentences: [])
    private var lineNumber: Int
    private var sentenceWords = 0
    private var sentenceLine: Int
    /// The token being read: its letters, the last scalar that is not a closing mark, whether it has begun.
    private var letters = 0
    private var lastMark: UInt32 = 0
    private var inToken = false

    /// `firstLine` is the file line of the text's first line.
    init(firstLine: Int) {
        lineNumber = firstLine - 1
        sentenceLine = firstLine
    }

    /// Reads a whole text (UTF-8) and ends its last sentence.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            readLine(bytes, from: start, to: end)
            start = end + 1
        }
        endSentence()
    }

    /// One line, `bytes[start..<end]` (without its line end).
    private mutating func readLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        lineNumber += 1
        var first = start
        while first < end && bytes[first] == 0x20 { first += 1 }
        let lead: UInt8? = first < end ? bytes[first] : nil
        // Headings, list items and blank lines end a sentence even without a full stop.
        let isHeading = lead == UInt8(ascii: "#")
        let isItem = (lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*")) && first + 1 < end && bytes[first + 1] == 0x20
        let isNumbered = lead.map { $0 >= 0x30 && $0 <= 0x39 } == true
        if lead == nil || isHeading || isItem || isNumbered { endSentence() }
        readText(bytes, from: start, to: end)
        if isHeading { endSentence() }
    }

    /// The text of a line without its markup, token by token.
    private mutating func readText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        var i = start
        while i < end {
            let c = bytes[i]
            if c == UInt8(ascii: "]") || c == UInt8(ascii: "{"), let after = Self.targetEnd(bytes, at: i, end: end) {
                i = after
                continue
            }
            switch c {
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "#"), UInt8(ascii: "["), UInt8(ascii: "`"), UInt8(ascii: ">"):
                i += 1
            case 0x20, 0x09:
                finishToken()
                i += 1
            case ..<0x80:
                addASCII(c)
                i += 1
            default:
                i += addScalar(bytes, at: i, end: end)
            }
        }
        finishToken()
    }

    /// At `](` or `{#`: the index just after the `)` or `}` that closes it on the line; nil when
    /// there is none (then the `]` or `{` is text).
    private static func targetEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        let next = i + 1 < end ? bytes[i + 1] : 0x20
        let close: UInt8
        switch (bytes[i], next) {
        case (UInt8(ascii: "]"), UInt8(ascii: "(")): close = UInt8(ascii: ")")
        case (UInt8(ascii: "{"), UInt8(ascii: "#")): close = UInt8(ascii: "}")
        default: return nil
        }
        var j = i + 1
        while j < end {
            if bytes[j] == close { return j + 1 }
            j += 1
        }
        return nil
    }

    private mutating func addASCII(_ c: UInt8) {
        inToken = true
        if c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "z") { letters += 1 }
        switch c {
        case 0x22, 0x27, 0x29, 0x5D, 0x2A, 0x5F: break  // " ' ) ] * _
        default: lastMark = UInt32(c)
        }
    }

    /// The scalar whose first byte (0x80 or over) is at `i`; returns its length in bytes.
    private mutating func addScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        inToken = true
        let b = bytes[i]
        var scalar = UInt32(b)
        var width = 1
        if b >= 0xC0 {
            width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            scalar = UInt32(b) & (b >= 0xF0 ? 0x07 : b >= 0xE0 ? 0x0F : 0x1F)
            for k in 1..<width where i + k < end { scalar = (scalar << 6) | (UInt32(bytes[i + k]) & 0x3F) }
        }
        if scalar >= 0xC0 && scalar <= 0x24F && scalar != 0xD7 && scalar != 0xF7 {
            letters += 1  // Latin letters with accents (æ, ø, å, é, ü …), without asking Unicode's tables
        } else if scalar >= 0x80, let s = Unicode.Scalar(scalar), s.properties.isAlphabetic {
            letters += 1
        }
        switch scalar {
        case 0xBB, 0xAB, 0x201D: break  // » « ”
        default: lastMark = scalar
        }
        return width
    }

    private mutating func finishToken() {
        if inToken {
            if letters > 0 {
                if sentenceWords == 0 { sentenceLine = lineNumber }
                report.words += 1
                sentenceWords += 1
                if letters > 6 { report.longWords += 1 }
            }
            let ends = lastMark == 0x2E || lastMark == 0x21 || lastMark == 0x3F || lastMark == 0x3A  // . ! ? :
            if ends { endSentence() }
        }
        letters = 0
        lastMark = 0
        inToken = false
    }

    private mutating func endSentence() {
        if sentenceWords > 0 {
            report.sentences += 1
            if sentenceWords > Readability.longSentenceWords { report.longSentences.append((sentenceLine, sentenceWords)) }
        }
        sentenceWords = 0
    }
}
