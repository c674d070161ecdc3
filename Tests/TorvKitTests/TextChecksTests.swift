import Foundation
import Testing
@testable import TorvKit

/// The per-page text checks (`Readability.analyse`, `MarkdownLint.check`) read UTF-8 bytes where
/// they are. The figures below were recorded from the earlier implementation (a copy of the text,
/// line buffers and a token callback), so any change in what counts as a letter, a word, a sentence
/// or a column shows here.
@Suite struct TextChecksTests {
    /// Words, sentences, long words, LIX, then each long sentence as line:words.
    static func summary(_ report: Readability.Report) -> String {
        "\(report.words) \(report.sentences) \(report.longWords) \(report.lix)" + report.longSentences.map { " \($0.line):\($0.words)" }.joined()
    }

    /// Each lint diagnostic as line:column, its catalogue entry and its hint.
    static func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.entry) \($0.hint ?? "")" }
    }

    /// A page whose body (a slice of the file's text, as the loader makes it) starts on line 5.
    static func page(_ body: String) -> PageSource {
        let file = SourceFile(path: "content/p.da.md", text: "---\ntitle: T\nsummary: S\n---\n" + body)
        let fm = FrontMatter(title: "T", slug: nil, summary: "S", weight: 0, layout: .page, toc: false)
        let start = file.text.utf8.index(file.text.utf8.startIndex, offsetBy: file.text.utf8.count - body.utf8.count)
        return PageSource(file: file, relativePath: "p.da.md", key: "p", language: "da", frontMatter: fm,
            body: file.text[start...], bodyFirstLine: 5)
    }

    static let longSentence = (1...34).map { $0 % 5 == 0 ? "arbejdsmarkedet" : "ord\($0)" }.joined(separator: " ")

    /// Texts that touch each rule, with what the checks said: figures (see `summary`) and lint.
    static let tricky: [(text: String, figures: String, lint: [String])] = [
        ("",
            "0 0 0 0", []),
        ("Socialøkonomiske virksomheder beskæftiger medarbejdere. Det er godt.",
            "7 2 4 61", []),
        ("ÆBLEGRØD og ÅLEKVABBE på Ærø! Hvad så? Ja: æøåÆØÅ.",
            "9 4 2 24", []),
        ("Cafe\u{301}en er lukket. Ne\u{301}e\u{301}e\u{301}e\u{301}e\u{301} ja. A\u{308}\u{301}\u{302}bcdef.",
            "6 3 0 2", []),
        ("Vi 👍🏽 elsker 🇩🇰 markedet. 👨‍👩‍👧 familier! 😀.",
            "4 2 2 52", []),
        ("Første linje.\r\nAnden linje uden punktum\r\n\r\n# Overskrift\r\nMere tekst.\r\n",
            "9 3 2 25", []),
        ("Ord\tord\tordene.\tNy sætning\there\n\tindrykket med fane.",
            "9 2 2 27", []),
        ("Et socialøkonomisk-orienteret firma - og et CVR-nummer – med tankestreg — slut.",
            "9 1 3 42", []),
        ("Prisen er 3,5 kr. i 2026. Det er 12.000 kroner: 1. januar. 2026\n3,5 procent\n",
            "9 5 1 13", []),
        ("Han sagde \"nej.\" Hun sagde 'ja!' »Hvorfor?« (Det ved jeg ikke.) [parentes.] ”Slut.” «Nej»",
            "14 7 2 16", []),
        ("## Overskrift {#id-her}\n\nSe [strategien](strategi/index.da.md) og *fremhævet* tekst_med_understreg. `kode.`\n> Citat her.\n- punkt et\n- punkt to\n* stjerne\n1. nummer\n2. nummer to\n",
            "17 9 5 31", []),
        ("Indledning\n\n" + longSentence + ".\n" + longSentence + "\n" + longSentence + "\n\n" + longSentence + "!",
            "137 4 25 52 7:34 8:68 11:34", []),
        ("#Overskrift\n##Under overskrift\n####### syv\n#\n# ok\n  ###Indrykket\n#æøå ÆØÅ\n######Seks\n#\tfane\n",
            "10 8 3 31", ["5:1 headingNoSpace(marks:rest:) write `# Overskrift`", "6:1 headingNoSpace(marks:rest:) write `## Under overskrift`", "10:1 headingNoSpace(marks:rest:) write `### Indrykket`", "11:1 headingNoSpace(marks:rest:) write `# æøå ÆØÅ`", "12:1 headingNoSpace(marks:rest:) write `###### Seks`", "13:1 headingNoSpace(marks:rest:) write `# \tfane`"]),
        ("```\n#IkkeOverskrift\n] (http://x)\n```\n#Overskrift\n~~~swift\n#nej\n~~~\n  ```\n#nej igen\n```\n",
            "7 6 2 30", ["9:1 headingNoSpace(marks:rest:) write `# Overskrift`"]),
        ("Se [her] (strategi/index.da.md) og [der] (https://x.dk) og [lang](lang: da) tekst.\n[a] (ingen adresse)\n[b] (x) [c] (y.md)\nÆble [ø] (http://æ.dk)\næ [x](lang: en) ø [y] (z.md)\n",
            "24 2 4 29", ["5:66 langSpanWithSpace() remove the space: `(lang:da)`", "5:9 linkWithSpace() remove the space between `]` and `(`, like `[the strategy](strategi/index.da.md)`", "7:4 linkWithSpace() remove the space between `]` and `(`, like `[the strategy](strategi/index.da.md)`", "8:9 linkWithSpace() remove the space between `]` and `(`, like `[the strategy](strategi/index.da.md)`", "9:6 langSpanWithSpace() remove the space: `(lang:da)`", "9:22 linkWithSpace() remove the space between `]` and `(`, like `[the strategy](strategi/index.da.md)`"]),
        ("[a] (http\u{301}://x)\n[b] (x.md\u{301})\n[c] (\u{600}.md)\n[d] (e\u{301}.md)\nÉ [e] (HTTP://x)\n",
            "11 1 0 11", ["7:4 linkWithSpace() remove the space between `]` and `(`, like `[the strategy](strategi/index.da.md)`", "8:4 linkWithSpace() remove the space between `]` and `(`, like `[the strategy](strategi/index.da.md)`"]),
        ("Tekst ](uden slut og {#ingen slut. Mere]( her. {#id} og ]() tomt.",
            "2 1 0 2", []),
        ("Ελληνικά γράμματα εδώ. Кириллица тоже! 中文字符。 Ω ß ﬁ İ ǅ ʼn ℌ ⅷ ²³ µ ª º.",
            "17 3 3 23", []),
        (". ! ? : … — – ** __ ## `` >> ) ] \" ' »",
            "0 0 0 0", []),
        ("a b c\n\n\n",
            "3 1 0 3", []),
        ("   - indrykket punkt\n  -ikke punkt\n-\tfane\n*stjerne\n* \n-",
            "6 1 2 39", []),
        ("abcdefg abcdef 1234567 æøåæøåæ ÆØÅæøåa AbCdEfGh",
            "5 1 4 85", []),
        (String(repeating: "æ", count: 700) + " [x] (y.md) [z](lang: da)\n" + String(repeating: "ø ", count: 600) + "#x [a] (http://b)",
            "607 1 1 607 5:607", ["5:716 langSpanWithSpace() remove the space: `(lang:da)`", "5:705 linkWithSpace() remove the space between `]` and `(`, like `[the strategy](strategi/index.da.md)`", "6:1207 linkWithSpace() remove the space between `]` and `(`, like `[the strategy](strategi/index.da.md)`"]),
        ("Linje uden slut.\nAnden",
            "4 2 0 2", []),
        ("\n\n\nSent i teksten. Her.\n",
            "4 2 1 27", []),
        ("Ord.\u{00A0}Næste ord\u{2009}med smalt mellemrum. Sidste\u{3000}ord.",
            "5 2 3 63", []),
        ("é\u{20DD} x\u{200D}y a\u{FE0F} \u{1F1E9}\u{1F1F0} ᄀ\u{1161}\u{11A8} ok.",
            "5 1 0 5", []),
        ("ord.) ord!\" ord?» ord:” ord.* ord._ ord.] ord,",
            "8 8 0 1", []),
        ("#  \n# \n#\n##\n#a\n",
            "1 1 0 1", ["9:1 headingNoSpace(marks:rest:) write `# a`"]),
    ]

    @Test func trickyTextsGiveTheRecordedFigures() {
        for (text, figures, lint) in Self.tricky {
            let page = Self.page(text)
            #expect(Self.summary(Readability.analyse(markdown: page.body, firstLine: page.bodyFirstLine)) == figures, "\(text.debugDescription)")
            #expect(Self.summary(MarkdownLint.check(page)) == lint, "\(text.debugDescription)")
            // A `String` of its own (not a slice of a larger text; a small one is stored inline) reads the same.
            let alone = Readability.analyse(markdown: text, firstLine: page.bodyFirstLine)
            #expect(Self.summary(alone) == figures, "\(text.debugDescription)")
        }
    }

    /// Pieces that matter to the checks, joined at random (a fixed seed: the same texts every run).
    static let pieces = [
        "a", "Æ", "ø", "e\u{301}", "👍🏽", "3,5", "2026", "-", "'", ".", "!", "?", ":", ")", "]", "(", "[", "](", "{#", "}",
        "#", "*", "_", "`", ">", " ", "  ", "\t", "\n", "\r\n", "»", "”", "«", "ß", "中", "\u{600}", "] (", "](lang: ", ".md",
        "http", "```", "~~~", "- ", "1. ", "ordet", "socialøkonomisk", "\u{00A0}", "Ω",
    ]

    static func randomTexts(count: Int) -> [String] {
        var state: UInt64 = 2026
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % 1_000_003)
        }
        return (0..<count).map { _ in (0..<(next() % 120)).map { _ in pieces[next() % pieces.count] }.joined() }
    }

    /// Everything the checks say about the random texts (whole messages, hints and excerpts), as one hash.
    static func randomFingerprint() -> (hash: String, words: Int, diagnostics: Int) {
        var hash = StableHash()
        var words = 0, count = 0
        for text in randomTexts(count: 3000) {
            let page = Self.page(text)
            let report = Readability.analyse(markdown: page.body, firstLine: page.bodyFirstLine)
            words += report.words
            hash.add(summary(report))
            for diagnostic in MarkdownLint.check(page) {
                count += 1
                hash.add("\(diagnostic.location?.line ?? 0):\(diagnostic.location?.column ?? 0)")
                hash.add(diagnostic.message)
                hash.add(optional: diagnostic.hint)
                hash.add(optional: diagnostic.excerpt)
            }
        }
        return (StableHash.hex(hash.value), words, count)
    }

    @Test func randomTextsGiveTheRecordedFingerprint() {
        let fingerprint = Self.randomFingerprint()
        #expect(fingerprint.hash == "4274de571eaa5b72")
        #expect(fingerprint.words == 18269)
        #expect(fingerprint.diagnostics == 3345)
    }

    /// The site's own pages, by path: a hash of the body when recorded, then figures and lint. A page
    /// edited since (another hash) is skipped; the others must read as they did.
    static let contentPages: [String: (body: String, figures: String, lint: [String])] = [
        "erfaringer/index.da.md": ("a46e7c4736078111", "154 20 58 45", []),
        "erfaringer/index.en.md": ("0bd0740d0291920c", "180 20 61 43", []),
        "erfaringer/kalundborg.da.md": ("f0e7bede95bfda8c", "800 81 282 45", []),
        "erfaringer/kalundborg.en.md": ("8ae68e26416b2afa", "897 79 267 41", []),
        "erfaringer/slagelse.da.md": ("a5fc8921e7dfba5e", "857 88 290 44", []),
        "erfaringer/slagelse.en.md": ("5e05654470459682", "999 87 275 39", []),
        "index.da.md": ("f52015349dfe7305", "303 35 112 46", []),
        "index.en.md": ("65c5c8c2b11d1570", "355 33 111 42", []),
        "katalog/index.da.md": ("8eacfb2a720dd286", "322 28 89 39", []),
        "katalog/index.en.md": ("593d80137296dfa9", "361 28 103 41", []),
        "markedsdag/index.da.md": ("3f66e65031abc161", "57 6 19 43", []),
        "markedsdag/index.en.md": ("eef108f91e3862c5", "67 6 16 35", []),
        "ordliste/index.da.md": ("e06680761991d128", "28 2 1 18", []),
        "ordliste/index.en.md": ("ec70ee697b3ffa79", "28 2 2 21", []),
        "politik/fyrtaarne.da.md": ("a2276712d32dd0c2", "473 48 149 41", []),
        "politik/fyrtaarne.en.md": ("eea89ed6cf11c9b5", "551 39 154 42", []),
        "politik/handlinger.da.md": ("b0e5a54c5db50658", "558 86 190 41", []),
        "politik/handlinger.en.md": ("bb26869a7b905540", "482 63 192 47", []),
        "politik/index.da.md": ("3d34a52dacaee418", "688 71 226 43", []),
        "politik/index.en.md": ("9ebc527c131ebd48", "729 53 218 44", []),
        "politik/tre-bundlinjer.da.md": ("aa1f2249e995622f", "688 55 205 42", []),
        "politik/tre-bundlinjer.en.md": ("0fdf574f651ab3ff", "754 54 203 41", []),
        "politisk-program/index.da.md": ("af9e4cf4c60f4d04", "869 74 263 42", []),
        "politisk-program/index.en.md": ("1bf18db586e911e0", "958 74 279 42", []),
        "politisk-program/pejlemaerker.da.md": ("801189f92ae18e2e", "560 47 171 42", []),
        "politisk-program/pejlemaerker.en.md": ("a3bb1e117c5888aa", "638 47 172 41", []),
        "politisk-program/ungelivsfasen.da.md": ("e4197c2fff9874d9", "741 54 165 36", []),
        "politisk-program/ungelivsfasen.en.md": ("ea03d01b9442903b", "795 54 168 36", []),
        "politisk-program/voksenlivsfasen.da.md": ("12692e6d641f3152", "1867 125 527 43", []),
        "politisk-program/voksenlivsfasen.en.md": ("671d5b007a3160b5", "2077 128 543 42", []),
        "pris/index.da.md": ("3dbf72a9dfb6cbda", "102 9 32 43", []),
        "pris/index.en.md": ("8ea23a9bf41cf6f1", "114 9 33 42", []),
        "soeg/index.da.md": ("4540ddb0204f7ae2", "16 1 4 41", []),
        "soeg/index.en.md": ("9f654251b2da3e2f", "17 1 5 46", []),
        "stories/dansken-kom-med-arbejdet.da.md": ("d1cd9b19d17bae5d", "318 37 66 29", []),
        "stories/dansken-kom-med-arbejdet.en.md": ("fdd5f33e2facc339", "361 37 68 29", []),
        "stories/fleksjob-bygget-paa-styrker.da.md": ("f62c860eb40f3bf2", "345 37 74 31", []),
        "stories/fleksjob-bygget-paa-styrker.en.md": ("0a7d8e84d6ab6931", "393 37 74 29", []),
        "stories/fra-loentilskud-til-fast-stilling.da.md": ("2cedc188a45ec4ff", "311 37 64 29", []),
        "stories/fra-loentilskud-til-fast-stilling.en.md": ("6e4b1fa2dec1baa2", "342 37 72 30", []),
        "stories/fra-praktik-til-fast-job-i-koekkenet.da.md": ("b2d73b3a90b43cf5", "316 37 63 28", []),
        "stories/fra-praktik-til-fast-job-i-koekkenet.en.md": ("8b949e45fa1a98ee", "360 37 61 27", []),
        "stories/index.da.md": ("c89d328fe1548553", "70 9 27 46", []),
        "stories/index.en.md": ("50944231d430d69d", "78 5 30 54", []),
        "stories/smaa-timer-store-skridt.da.md": ("8d14138d54fffa08", "352 36 52 25", []),
        "stories/smaa-timer-store-skridt.en.md": ("7b817e12bd504a83", "374 36 46 23", []),
        "stories/smaajob-paa-cykelvaerkstedet.da.md": ("95426807d7d9e985", "335 35 58 27", []),
        "stories/smaajob-paa-cykelvaerkstedet.en.md": ("3271458149fd2d5d", "382 35 52 25", []),
        "stories/tilbage-paa-fabrikken.da.md": ("2a95b707ed10a36b", "314 38 83 35", []),
        "stories/tilbage-paa-fabrikken.en.md": ("6a0ac2b69e75e226", "363 38 85 33", []),
        "strategi/designprincipper.da.md": ("f894f0f1c8385a65", "167 16 55 43", []),
        "strategi/designprincipper.en.md": ("91d68de31dc2ebdd", "201 16 58 41", []),
        "strategi/fra-ord-til-handling.da.md": ("c4230395525b7284", "270 25 89 44", []),
        "strategi/fra-ord-til-handling.en.md": ("3786b0c96e0370c6", "315 25 105 46", []),
        "strategi/index.da.md": ("863a15e958fcbe81", "841 86 257 40", []),
        "strategi/index.en.md": ("29172af304ef8b40", "913 66 294 46", []),
        "strategi/kommunen-gaar-forrest.da.md": ("9b5309bc1956ab2d", "587 61 190 42", []),
        "strategi/kommunen-gaar-forrest.en.md": ("e4610c2574b73ac4", "632 44 221 49", []),
        "strategi/kraftcenter.da.md": ("f594904d6dcae04a", "783 84 227 38", []),
        "strategi/kraftcenter.en.md": ("dff4bbb5b5a9bef2", "785 57 274 49", []),
        "strategi/partnerskaber-med-civilsamfundet.da.md": ("308a87457fae2610", "565 61 175 40", []),
        "strategi/partnerskaber-med-civilsamfundet.en.md": ("c32df5262f0b0b53", "615 48 202 46", []),
    ]

    @Test func theSitesPagesGiveTheRecordedFigures() throws {
        var diagnostics: [Diagnostic] = []
        let root = TestSite.repository.appendingPathComponent("content").path
        let content = try #require(ContentLoader.load(from: ContentDirectory(root: root), diagnostics: &diagnostics))
        var compared = 0
        for page in content.pages {
            var hash = StableHash()
            hash.add(String(page.body))
            guard let recorded = Self.contentPages[page.relativePath], recorded.body == StableHash.hex(hash.value) else { continue }
            compared += 1
            let report = Readability.analyse(markdown: page.body, firstLine: page.bodyFirstLine)
            #expect(Self.summary(report) == recorded.figures, "\(page.relativePath)")
            #expect(Self.summary(MarkdownLint.check(page)) == recorded.lint, "\(page.relativePath)")
        }
        #expect(compared > 0, "no page of content/ is as it was recorded: record the figures again")
    }
}
