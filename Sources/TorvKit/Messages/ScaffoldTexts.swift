/// The files `torv new` writes (see `Editors/Scaffold.swift`): every field present and explained in
/// Danish for the editors, placeholder texts in Danish for `da` and in English for every other language.
enum ScaffoldTexts {
    /// `{da: …, en: …}` with one entry per site language.
    static func inline(_ languages: [String], _ danish: String, _ other: String) -> String {
        "{" + languages.map { "\($0): \($0 == "da" ? danish : other)" }.joined(separator: ", ") + "}"
    }

    /// One `lang: text` line per site language (the first without indent, for interpolation after one).
    static func each(_ languages: [String], _ danish: String, _ other: String, indent: String) -> String {
        languages.map { "\($0): \($0 == "da" ? danish : other)" }.joined(separator: "\n" + indent)
    }

    /// A page; `slug` is nil for the home page, `isDefault` for the site's first language.
    static func page(_ language: String, slug: String?, default isDefault: Bool) -> String {
        let da = language == "da"
        let slugLines = slug.map { name in
            "# Adressen i browseren, fx /\(name)/. Kun små bogstaver a-z, tal og bindestreger."
                + (isDefault ? "" : " Oversættelsen kan have sin egen.") + "\nslug: \(name)\n"
        } ?? ""
        return """
            ---
            # Sidens titel (overskriften øverst på siden).
            title: \(da ? "Skriv titlen her" : "Write the title here")
            \(slugLines)# Én til to sætninger om siden (højst 160 tegn). Vises i søgemaskiner og i oversigter.
            summary: \(da ? "Skriv en kort beskrivelse her." : "Write a short description here.")
            # Rækkefølgen blandt siderne i samme mappe: lavere tal kommer først.
            weight: 100
            # Hvornår teksten er vedtaget eller udgivet (ÅÅÅÅ-MM-DD). Slet linjen, hvis den ikke passer.
            # date: 2026-01-31
            # Hvornår teksten sidst er ændret (ÅÅÅÅ-MM-DD).
            # updated: 2026-02-28
            # true giver en indholdsfortegnelse øverst på lange sider.
            toc: false
            ---

            \(da ? "Skriv sidens tekst her. Overskrifter begynder med ## (to havelåger)." : "Write the page's text here. Headings start with ## (two hashes).")

            ## \(da ? "Første afsnit" : "First section")

            \(da ? "Et link til en anden side skrives som et link til dens fil, set fra denne sides mappe, fx `[strategien](../strategi/index.da.md)`." : "A link to another page is a link to its file, seen from this page's folder, like `[the strategy](../strategi/index.en.md)`.")

            """
    }

    static func story(_ language: String) -> String {
        let da = language == "da"
        return """
            ---
            # Historiens titel.
            title: \(da ? "Skriv titlen her" : "Write the title here")
            # Én til to sætninger om historien (højst 160 tegn), til søgemaskiner.
            summary: \(da ? "Skriv en kort beskrivelse her." : "Write a short description here.")
            # Indledningen, der vises i oversigten (højst 300 tegn).
            lead: \(da ? "Skriv indledningen her." : "Write the lead here.")
            # Udgivelsesdato (ÅÅÅÅ-MM-DD).
            date: 2026-01-31
            # Temaer fra content/stories/themes.yaml, fx [flexi-job, youth].
            themes: [social-economy]
            # Virksomheden i produktkataloget, som historien handler om (filnavnet uden .yaml). Slet linjen, hvis ingen.
            # enterprise: groenne-haender
            # Samtykke fra de personer, der kan genkendes. Vises aldrig på siden.
            consent:
              date: 2026-01-15
              scope: "\(da ? "Navn, citat og billede må bruges på kommunens hjemmeside" : "Name, quote and photo may be used on the municipality's website")"
            ---

            ## \(da ? "Overskrift" : "Heading")

            \(da ? "Skriv historien her. Brug korte sætninger." : "Write the story here. Use short sentences.")

            > \(da ? "»Et citat fra medarbejderen.«" : "“A quote from the employee.”")

            """
    }

    static func enterprise(_ id: String, languages: [String]) -> String {
        enterpriseDetails(id, languages: languages) + enterpriseProducts(id, languages: languages)
    }

    /// The enterprise itself: everything in its file before `products:`.
    private static func enterpriseDetails(_ id: String, languages: [String]) -> String {
        func each(_ danish: String, _ other: String) -> String { ScaffoldTexts.each(languages, danish, other, indent: "  ") }
        func inline(_ danish: String, _ other: String) -> String { ScaffoldTexts.inline(languages, danish, other) }
        return """
        # En socialøkonomisk virksomhed i produktkataloget. Felterne er forklaret i README.md.
        # Id: skal være det samme som filnavnet.
        id: \(id)
        # Virksomhedens navn.
        name: Skriv navnet her
        # CVR-nummer: 8 cifre i anførselstegn (kontrolleres).
        cvr: "12345674"
        # Registreret socialøkonomisk virksomhed (RSV). Slet blokken, hvis virksomheden ikke er registreret.
        rsv:
          registered: true
          verified_on: 2026-01-31
        # Hvad virksomheden laver (på hvert af sitets sprog).
        description:
        \(each("Skriv beskrivelsen her.", "Write the description here."))
        # Virksomhedens sociale formål.
        social_purpose:
        \(each("Skriv formålet her.", "Write the purpose here."))
        # Målgrupper og ansættelsesformer fra catalogue/lists.yaml.
        target_groups: [unge]
        employment_forms: [fleksjob]
        address:
          street: Vejnavn 1
          postcode: "6000"
          town: Kolding
        # Mindst én måde at kontakte virksomheden på (hjemmeside med https://).
        contact:
          phone: "+45 70 00 00 00"
          email: info@example.dk
          website: https://example.dk/
        # Hvem virksomheden sælger til: private, business, public.
        sells_to: [private, business]
        accessibility:
          step_free: true
          notes: \(inline("\"Skriv om adgangsforhold her.\"", "\"Write about access here.\""))
        # Logo: en fil i content/media/ og en beskrivelse af billedet. Slet blokken, hvis intet logo.
        # logo:
        #   file: media/catalogue/\(id).svg
        #   alt: \(inline("\"Logo for …\"", "\"… logo\""))
        # Hvornår oplysningerne sidst er gennemgået med virksomheden.
        last_reviewed: 2026-01-31

        """
    }

    /// The enterprise's `products:`, with one sample product.
    private static func enterpriseProducts(_ id: String, languages: [String]) -> String {
        func inline(_ danish: String, _ other: String) -> String { ScaffoldTexts.inline(languages, danish, other) }
        return """
        products:
          - id: \(id)-produkt
            # product eller service
            kind: service
            # En kategori fra catalogue/lists.yaml.
            category: catering
            title: \(inline("\"Titel (højst 80 tegn)\"", "\"Title (at most 80 characters)\""))
            summary: \(inline("\"Kort beskrivelse (højst 200 tegn).\"", "\"Short description (at most 200 characters).\""))
            # Enten price (beløb i kr.) eller price_note (fx »Pris efter aftale«).
            price:
              amount: 100
              unit: \(inline("pr. time", "per hour"))
              vat_included: true
            ordering: \(inline("\"Sådan bestiller man.\"", "\"How to order.\""))

        """
    }

    static func marketDay(_ year: Int, languages: [String]) -> String {
        func inline(_ danish: String, _ other: String) -> String { ScaffoldTexts.inline(languages, danish, other) }
        return """
        # Markedsdagen \(year). Felterne er forklaret i README.md.
        name: \(inline("Socialøkonomisk markedsdag \(year)", "Social-economy market day \(year)"))
        summary: \(inline("\"Kort beskrivelse (højst 160 tegn).\"", "\"Short description (at most 160 characters).\""))
        date: \(year)-05-30
        start: "10:00"
        end: "15:00"
        # scheduled (planlagt), cancelled (aflyst) eller moved (flyttet; skriv så previous_date).
        status: scheduled
        venue:
          name: Posthuset
          street: Vejnavn 1
          postcode: "6000"
          town: Kolding
          public_transport: \(inline("\"Bus og tog …\"", "\"Bus and train …\""))
          parking: \(inline("\"Parkering …\"", "\"Parking …\""))
        accessibility:
          step_free: true
          accessible_toilet: true
          hearing_loop: false
          seating: true
          quiet_area: false
        organiser:
          name: \(inline("Kolding Kommune", "Kolding Municipality"))
          email: markedsdag@example.dk
        programme:
          - start: "10:00"
            end: "10:30"
            title: \(inline("Velkomst", "Welcome"))
            place: \(inline("Scenen", "The stage"))
            # talk, workshop, tasting, demo, award-ceremony, music, guided-tour eller other
            type: talk
            # Sproget, der tales (en sprogkode som i site.yaml).
            language: \(languages.first ?? "da")
        stands:
          - code: A1
            # En virksomhed fra kataloget (filnavnet uden .yaml) …
            enterprise: groenne-haender
            shows: \(inline("\"Hvad standen viser.\"", "\"What the stand shows.\""))

        """
    }
}
