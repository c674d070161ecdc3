import Testing
@testable import TorvKit

/// The minimal site with a glossary: one entry (`tekst`) that the strategy pages use, and the
/// glossary page in both languages.
enum GlossaryFixture {
    static let yaml = """
        tekst:
          da: {term: tekst, forms: [teksten], explanation: Ord på en side.}
          en: {term: text, forms: [texts], explanation: Words on a page.}

        """

    static func page(_ language: String) -> String {
        """
        ---
        title: \(language == "da" ? "Ordliste" : "Glossary")
        \(language == "da" ? "" : "slug: glossary\n")summary: \(language == "da" ? "Ord forklaret." : "Words explained.")
        layout: glossary
        ---

        \(language == "da" ? "Her står ordene og deres tekst." : "Here are the words and their text.")

        """
    }

    static func files(glossary: String = yaml) -> [String: String] {
        TestSite.minimal.merging([
            "content/glossary.yaml": glossary,
            "content/ordliste/index.da.md": page("da"),
            "content/ordliste/index.en.md": page("en"),
        ]) { $1 }
    }
}

extension MessageTriggers {
    static let glossary: [MessageTrigger] = [
        MessageTrigger(
            entry: "glossaryTermMissing(id:language:)",
            files: GlossaryFixture.files(glossary: """
                tekst:
                  da: {term: tekst, explanation: Ord på en side.}

                """),
            expected: "content/glossary.yaml:1:1: error: glossary-term-missing",
            fragment: "has no English text (`en`)"),
        MessageTrigger(
            entry: "glossaryDuplicateForm(form:language:first:)",
            files: GlossaryFixture.files(glossary: GlossaryFixture.yaml + """
                side:
                  da: {term: side, forms: [Teksten], explanation: En side.}
                  en: {term: page, explanation: A page.}

                """),
            expected: "content/glossary.yaml:5:28: error: glossary-duplicate-form",
            fragment: "belongs to the glossary entry `tekst` already"),
        MessageTrigger(
            entry: "glossaryUnusedTerm(id:)",
            files: GlossaryFixture.files(glossary: GlossaryFixture.yaml + """
                klausul:
                  da: {term: klausul, explanation: Et krav i en kontrakt.}
                  en: {term: clause, explanation: A requirement in a contract.}

                """),
            expected: "content/glossary.yaml:4:1: warning: glossary-unused-term",
            fragment: "no page uses the glossary entry `klausul`"),
        MessageTrigger(
            entry: "glossaryBadID(_:)",
            files: GlossaryFixture.files(glossary: GlossaryFixture.yaml + """
                Fleks Job:
                  da: {term: fleksjob, explanation: Et job på særlige vilkår.}
                  en: {term: flexi-job, explanation: A job on special terms.}

                """),
            expected: "content/glossary.yaml:4:1: error: bad-id",
            fragment: "the glossary id `Fleks Job`"),
    ]
}
