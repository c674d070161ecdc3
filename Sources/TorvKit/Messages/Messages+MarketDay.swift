/// Messages about market days: `content/market-day/<year>.yaml`, its programme and its stands.
extension Message {
    static func marketDayName() -> Message {
        .error(.marketDayName, "a market day file must be named after its year, like `2026.yaml`",
            hint: "rename the file to the year of the market day, like content/market-day/2027.yaml")
    }

    static func marketDayBadTime(key: String, value: String) -> Message {
        .error(.badTime, "`\(key)` must be a time written as HH:MM, like \"10:30\", but is `\(value)`",
            hint: "write the time with a colon and in quotes: `\(key): \"10:30\"`")
    }

    static func marketDayYear(date: String, year: Int, dateYear: Int) -> Message {
        .error(.marketDayYear, "the date \(date) is not in \(year), the year in the file name",
            hint: "correct the date, or rename the file to \(dateYear).yaml if the market day is in \(dateYear)")
    }

    static func marketDayEndsBeforeStart(start: String, end: String) -> Message {
        .error(.endBeforeStart, "the day ends (\(end)) before it starts (\(start))",
            hint: "check `start` and `end`: the day must end later than it starts, like `start: \"10:00\"` and `end: \"15:00\"`")
    }

    static func marketDayUnknownStatus(_ status: String) -> Message {
        .error(.unknownValue, "unknown status `\(status)`",
            hint: Suggestions.hint(for: status, in: MarketDay.Status.allCases.map(\.rawValue), noun: "statuses")
                + " Use `scheduled` when the day goes ahead as planned.")
    }

    static func previousDateUnused() -> Message {
        .warning(.previousDateUnused, "`previous_date` is only shown when `status: moved`",
            hint: "if the market day has been moved, write `status: moved`; otherwise delete the `previous_date` line")
    }

    static func programmeUnknownType(_ type: String) -> Message {
        .error(.unknownValue, "unknown programme type `\(type)`",
            hint: Suggestions.hint(for: type, in: MarketDay.itemTypes, noun: "types") + " Use `other` if none fits.")
    }

    static func programmeBadLanguage(_ language: String) -> Message {
        .error(.badLanguage, "`\(language)` is not a language code like `da` or `en`",
            hint: "write the language that is spoken at the item as a two-letter code: `language: da` or `language: en`")
    }

    static func programmeEndsBeforeStart(start: String, end: String) -> Message {
        .error(.endBeforeStart, "the item ends (\(end)) before it starts (\(start))",
            hint: "check the item's `start` and `end`: it must end later than it starts, like `start: \"10:00\"` and `end: \"10:30\"`")
    }

    static func outsideDay(itemStart: String, itemEnd: String, dayStart: String, dayEnd: String) -> Message {
        .warning(.outsideDay,
            "the item (\(itemStart)–\(itemEnd)) is outside the day's opening hours (\(dayStart)–\(dayEnd))",
            hint: "move the item inside \(dayStart)–\(dayEnd), or change the day's `start` and `end` at the top of the file")
    }

    static func standCodeTwice(_ code: String) -> Message {
        .error(.duplicateID, "the stand code `\(code)` is used twice",
            hint: "give each stand its own code, like A1, A2 and B1")
    }

    static func exhibitorBadWebsite(_ website: String) -> Message {
        .error(.badURL, "`\(website)` is not a web address",
            hint: "write the whole address, starting with https://, like `website: https://example.dk/`")
    }

    static func standOwner(both: Bool) -> Message {
        .error(.standOwner,
            both
                ? "the stand has both `enterprise` and `exhibitor`; it can only have one of them"
                : "the stand has neither `enterprise` nor `exhibitor`; it needs one of them",
            hint: both
                ? "keep `enterprise` if the stand's owner is in the catalogue, otherwise keep `exhibitor` and delete `enterprise`"
                : "write `enterprise:` with the id of an enterprise in the catalogue, or an `exhibitor:` with `name` and `website` for an outside exhibitor")
    }

    static func standUnknownEnterprise(code: String, id: String, known: [String]) -> Message {
        .error(.unknownEnterprise, "the stand \(code) names the enterprise `\(id)`, which is not in the catalogue",
            hint: EnterpriseReference.hint(for: id, known: known, otherwise: "describe an outside `exhibitor` instead"))
    }
}
