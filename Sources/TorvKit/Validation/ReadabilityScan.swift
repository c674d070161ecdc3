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

    /// `firstLine` is the file line of the text's first line.
    init(firstLine: Int) {
        lineNumber = firstLine - 1
        sentenceLine = firstLine
    }

    /// Reads a whole text (UTF-8) and ends its last sentence.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        while start < bytes.count {
            let end = Bytes.index(of: 0x0A, in: bytes, from: start) ?? bytes.count
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

    /// The text of a line without its markup, token by token. A token's state is kept in local
    /// variables: its letters, the last scalar that is not a closing mark, and whether it has begun.
    private mutating func readText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        var letters = 0
        var lastMark: UInt32 = 0
        var inToken = false
        var i = start
        while i < end {
            let c = bytes[i]
            if c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "z") {  // the common case: ASCII letters
                // A run of them at once: each counts as a letter, and the last is the token's last mark.
                let j = Self.letterRunEnd(bytes, from: i + 1, to: end)
                inToken = true
                letters += j - i
                lastMark = UInt32(bytes[j - 1])
                i = j
            } else if c >= 0x80 {
                inToken = true
                let (scalar, width) = Self.scalar(in: bytes, at: i, end: end)
                if Self.isLetter(scalar) { letters += 1 }
                if scalar != 0xBB && scalar != 0xAB && scalar != 0x201D { lastMark = scalar }  // » « ”
                i += width
            } else if c == 0x20 || c == 0x09 {
                if inToken { finishToken(letters: letters, lastMark: lastMark) }
                (letters, lastMark, inToken) = (0, 0, false)
                i += 1
            } else if (c == UInt8(ascii: "]") || c == UInt8(ascii: "{")), let after = Self.targetEnd(bytes, at: i, end: end) {
                i = after
            } else {
                if !Self.isMarkup(c) {
                    inToken = true
                    if !Self.isClosing(c) { lastMark = UInt32(c) }
                }
                i += 1
            }
        }
        if inToken { finishToken(letters: letters, lastMark: lastMark) }
    }

    /// Where the run of ASCII letters starting at `start` ends (`end` at the latest): eight bytes at a
    /// time, then byte by byte. A byte `b` is a letter when `b | 0x20` is in `a`…`z`; for eight bytes at
    /// once, each byte's top bit says so: its low seven bits plus 0x1F reach 0x80 from `a` on, plus
    /// 0x05 from past `z` on (no sum carries into the next byte), and a byte of 0x80 or over is none.
    static func letterRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var j = start
        guard let base = bytes.baseAddress else { return j }
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, high: UInt64 = 0x8080_8080_8080_8080
        while j &+ 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self))
            let folded = (word | 0x2020_2020_2020_2020) & low
            let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & ~word & high
            if letters == high {
                j &+= 8
                continue
            }
            // The first byte that is not a letter: the lowest clear top bit (bytes are little-endian).
            return j &+ ((~letters & high).trailingZeroBitCount >> 3)
        }
        while j < end, bytes[j] | 0x20 >= UInt8(ascii: "a"), bytes[j] | 0x20 <= UInt8(ascii: "z") { j &+= 1 }
        return j
    }

    /// `*`, `_`, `#`, `[`, `` ` `` and `>`: markup, not text.
    private static func isMarkup(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "#"), UInt8(ascii: "["), UInt8(ascii: "`"), UInt8(ascii: ">"): true
        default: false
        }
    }

    /// `"`, `'`, `)` and `]` close a sentence's last word without ending it (`*` and `_` are markup).
    private static func isClosing(_ c: UInt8) -> Bool {
        c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D
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

    /// The scalar whose first byte (0x80 or over) is at `i`, and its length in bytes.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (UInt32, Int) {
        let b = bytes[i]
        guard b >= 0xC0 else { return (UInt32(b), 1) }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var scalar = UInt32(b) & (b >= 0xF0 ? 0x07 : b >= 0xE0 ? 0x0F : 0x1F)
        for k in 1..<width where i + k < end { scalar = (scalar << 6) | (UInt32(bytes[i + k]) & 0x3F) }
        return (scalar, width)
    }

    /// Whether a scalar outside ASCII is a letter.
    private static func isLetter(_ scalar: UInt32) -> Bool {
        if scalar >= 0xC0 && scalar <= 0x24F && scalar != 0xD7 && scalar != 0xF7 {
            return true  // Latin letters with accents (æ, ø, å, é, ü …), without asking Unicode's tables
        }
        return scalar >= 0x80 && Unicode.Scalar(scalar)?.properties.isAlphabetic == true
    }

    /// A token has ended: a word if it has a letter; the end of a sentence after `.`, `!`, `?` or `:`.
    private mutating func finishToken(letters: Int, lastMark: UInt32) {
        if letters > 0 {
            if sentenceWords == 0 { sentenceLine = lineNumber }
            report.words += 1
            sentenceWords += 1
            if letters > 6 { report.longWords += 1 }
        }
        if lastMark == 0x2E || lastMark == 0x21 || lastMark == 0x3F || lastMark == 0x3A { endSentence() }
    }

    private mutating func endSentence() {
        if sentenceWords > 0 {
            report.sentences += 1
            if sentenceWords > Readability.longSentenceWords { report.longSentences.append((sentenceLine, sentenceWords)) }
        }
        sentenceWords = 0
    }
}
