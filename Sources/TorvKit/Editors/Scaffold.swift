import Foundation

/// `torv new`: the files an editor needs for a new page, story, enterprise or market day, in both
/// languages, with every field present and explained in Danish. Never overwrites a file.
public enum Scaffold {
    public enum Kind: String, CaseIterable, Sendable { case page, story, enterprise, marketDay = "market-day" }

    public static func create(_ kind: Kind, name: String, content: String, languages: [String] = ["da", "en"]) -> Result<[String], Diagnostic> {
        let directory = ContentDirectory(root: content)
        // The names the build accepts: a page is a path inside content/ (no empty part, so no leading,
        // trailing or double `/`); a story or an enterprise is one file name.
        if kind == .page, name.split(separator: "/", omittingEmptySubsequences: false).contains(where: \.isEmpty), !name.isEmpty {
            return .failure(Diagnostic(.scaffoldBadPath(name, suggestion: name.split(separator: "/").joined(separator: "/")), at: nil))
        }
        if kind == .story || kind == .enterprise, name.contains("/") {
            return .failure(Diagnostic(
                .scaffoldNameWithSlash(name, kind: kind.rawValue, suggestion: SlugRules.suggest(from: name.replacingOccurrences(of: "/", with: "-"))),
                at: nil))
        }
        let parts = name.split(separator: "/").map(String.init)
        guard !parts.isEmpty, parts.allSatisfy(SlugRules.isValid) || (kind == .marketDay && Int(name) != nil) else {
            return .failure(Diagnostic(.scaffoldBadName(name, suggestion: SlugRules.suggest(from: name)), at: nil))
        }
        var files: [(String, String)] = []
        switch kind {
        case .page:
            // An index page names its folder: its slug is the folder's name, never `index`.
            let slug = parts.last == "index" ? (parts.dropLast().last ?? "forside") : (parts.last ?? name)
            files = languages.map { ("\(name).\($0).md", page($0, name: slug)) }
        case .story:
            files = languages.map { ("stories/\(name).\($0).md", story($0, name: name)) }
        case .enterprise:
            files = [("catalogue/\(name).yaml", enterprise(name))]
        case .marketDay:
            guard let year = Int(name), (2000...2999).contains(year) else {
                return .failure(Diagnostic(.scaffoldBadYear(name), at: nil))
            }
            files = [("market-day/\(year).yaml", marketDay(year))]
        }
        for (path, _) in files where FileManager.default.fileExists(atPath: directory.absolutePath(path)) {
            return .failure(Diagnostic(.scaffoldFileExists(), at: SourceLocation(path: directory.displayPath(path))))
        }
        var written: [String] = []
        for (path, text) in files {
            let url = URL(fileURLWithPath: directory.absolutePath(path))
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                written.append(directory.displayPath(path))
            } catch {
                return .failure(Diagnostic(
                    .scaffoldWriteFailed(reason: error.localizedDescription), at: SourceLocation(path: directory.displayPath(path))))
            }
        }
        return .success(written)
    }

    static func page(_ language: String, name: String) -> String {
        let da = language == "da"
        return """
            ---
            # Sidens titel (overskriften øverst på siden).
            title: \(da ? "Skriv titlen her" : "Write the title here")
            # Adressen i browseren, fx /\(name)/. Kun små bogstaver a-z, tal og bindestreger.\(da ? "" : " Den engelske side kan have sin egen.")
            slug: \(name)
            # Én til to sætninger om siden (højst 160 tegn). Vises i søgemaskiner og i oversigter.
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

    static func story(_ language: String, name: String) -> String {
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

    static func enterprise(_ id: String) -> String {
        """
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
        # Hvad virksomheden laver (dansk og engelsk).
        description:
          da: Skriv beskrivelsen her.
          en: Write the description here.
        # Virksomhedens sociale formål.
        social_purpose:
          da: Skriv formålet her.
          en: Write the purpose here.
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
          notes: {da: "Skriv om adgangsforhold her.", en: "Write about access here."}
        # Logo: en fil i content/media/ og en beskrivelse af billedet. Slet blokken, hvis intet logo.
        # logo:
        #   file: media/catalogue/\(id).svg
        #   alt: {da: "Logo for …", en: "… logo"}
        # Hvornår oplysningerne sidst er gennemgået med virksomheden.
        last_reviewed: 2026-01-31
        products:
          - id: \(id)-produkt
            # product eller service
            kind: service
            # En kategori fra catalogue/lists.yaml.
            category: catering
            title: {da: "Titel (højst 80 tegn)", en: "Title (at most 80 characters)"}
            summary: {da: "Kort beskrivelse (højst 200 tegn).", en: "Short description (at most 200 characters)."}
            # Enten price (beløb i kr.) eller price_note (fx »Pris efter aftale«).
            price:
              amount: 100
              unit: {da: pr. time, en: per hour}
              vat_included: true
            ordering: {da: "Sådan bestiller man.", en: "How to order."}

        """
    }

    static func marketDay(_ year: Int) -> String {
        """
        # Markedsdagen \(year). Felterne er forklaret i README.md.
        name: {da: Socialøkonomisk markedsdag \(year), en: Social-economy market day \(year)}
        summary: {da: "Kort beskrivelse (højst 160 tegn).", en: "Short description (at most 160 characters)."}
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
          public_transport: {da: "Bus og tog …", en: "Bus and train …"}
          parking: {da: "Parkering …", en: "Parking …"}
        accessibility:
          step_free: true
          accessible_toilet: true
          hearing_loop: false
          seating: true
          quiet_area: false
        organiser:
          name: {da: Kolding Kommune, en: Kolding Municipality}
          email: markedsdag@example.dk
        programme:
          - start: "10:00"
            end: "10:30"
            title: {da: Velkomst, en: Welcome}
            place: {da: Scenen, en: The stage}
            # talk, workshop, tasting, demo, award-ceremony, music, guided-tour eller other
            type: talk
            # Sproget, der tales: da eller en.
            language: da
        stands:
          - code: A1
            # En virksomhed fra kataloget (filnavnet uden .yaml) …
            enterprise: groenne-haender
            shows: {da: "Hvad standen viser.", en: "What the stand shows."}

        """
    }
}
