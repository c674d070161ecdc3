/// Prices as Danish and English readers write them: `1.250 kr.` / `DKK 1,250`.
enum PriceFormatting {
    static func amount(_ ore: Int, language: String) -> String {
        let kroner = ore / 100
        let fraction = ore % 100
        let thousands = language == "da" ? "." : ","
        let decimal = language == "da" ? "," : "."
        var digits = String(kroner)
        var grouped = ""
        while digits.count > 3 {
            grouped = thousands + String(digits.suffix(3)) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        if fraction > 0 { grouped += decimal + (fraction < 10 ? "0" : "") + String(fraction) }
        return language == "da" ? "\(grouped) kr." : "DKK \(grouped)"
    }

    static func price(_ price: Price, language: String, fallback: String) -> String {
        if price.amountInOre == 0 { return language == "da" ? "Gratis" : "Free" }
        var text = amount(price.amountInOre, language: language)
        if let unit = price.unit?.text(in: language, fallback: fallback), !unit.isEmpty { text += " " + unit }
        switch (language, price.vatIncluded) {
        case ("da", true): text += " inkl. moms"
        case ("da", false): text += " ekskl. moms"
        case (_, true): text += " incl. VAT"
        case (_, false): text += " excl. VAT"
        }
        return text
    }
}
