/// Messages about the prize: `content/prize/prize.yaml` and its winners.
extension Message {
    static func prizeBadURL(_ url: String) -> Message {
        .error(.badURL, "`\(url)` is not a web address",
            hint: "write the full address, starting with https://, for example `url: https://example.dk/prisen`")
    }

    static func prizeMissingContact() -> Message {
        .error(.missingContact, "`nominate` says neither `email` nor `url`, so nobody can tell where to send a nomination",
            hint: "add the address that receives nominations under `nominate`, like `email: pris@example.dk` "
                + "or `url: https://example.dk/nominer`; the site itself has no forms")
    }

    static func criteriaNumbering(number: Int, expected: Int) -> Message {
        .error(.criteriaNumbering,
            "criterion number \(number) should be number \(expected): the criteria must be numbered 1, 2, 3 … without gaps",
            hint: "renumber the criteria in the order they are listed")
    }

    static func badMinimum(_ minimum: Int, criteria count: Int) -> Message {
        let text = minimum < 1
            ? "`minimum_met` is \(minimum), but a nominee must meet at least 1 criterion"
            : "`minimum_met` is \(minimum), but there \(count == 1 ? "is only 1 criterion" : "are only \(count) criteria")"
        let hint = count == 0
            ? "add the criteria under `criteria` first; `minimum_met` is how many of them a nominee must meet"
            : "use a number from 1 to \(count): how many of the criteria a nominee must meet"
        return .error(.badMinimum, text, hint: hint)
    }

    static func deadlineBeforeOpening(deadline: String, opens: String) -> Message {
        .error(.deadlineBeforeOpening, "the nomination deadline (\(deadline)) is before nominations open (\(opens))",
            hint: "check the two dates; the deadline must be on or after `nomination_opens`")
    }

    static func prizeUnknownEnterprise(winner: String, year: Int, id: String, known: [String]) -> Message {
        .error(.unknownEnterprise,
            "the winner \(winner) (\(year)) refers to the enterprise `\(id)`, which is not in the catalogue",
            hint: EnterpriseReference.hint(for: id, known: known, otherwise: "leave out `enterprise`"))
    }
}
