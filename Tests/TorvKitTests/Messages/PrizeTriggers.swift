@testable import TorvKit

extension MessageTriggers {
    /// `content/prize/prize.yaml` of `SectionsFixture`, with `old` replaced by `new`.
    static func prize(_ old: String, _ new: String) -> [String: String] {
        ["content/prize/prize.yaml": SectionsFixture.prize.replacingOccurrences(of: old, with: new)]
    }

    static let prize: [MessageTrigger] = [
        MessageTrigger(
            entry: "prizeBadURL(_:)", base: .sections,
            files: prize("email: pris@example.dk", "url: www.example.dk/pris"),
            expected: "content/prize/prize.yaml:7:8: error: bad-url",
            fragment: "`www.example.dk/pris` is not a web address"),
        MessageTrigger(
            entry: "prizeMissingContact()", base: .sections, files: prize("  email: pris@example.dk\n", ""),
            expected: "content/prize/prize.yaml:4:1: error: missing-contact",
            fragment: "neither `email` nor `url`"),
        MessageTrigger(
            entry: "criteriaNumbering(number:expected:)", base: .sections, files: prize("- number: 2", "- number: 3"),
            expected: "content/prize/prize.yaml:13:5: error: criteria-numbering",
            fragment: "criterion number 3 should be number 2"),
        MessageTrigger(
            entry: "badMinimum(_:criteria:)", base: .sections,
            files: prize("nomination_opens:", "minimum_met: 3\nnomination_opens:"),
            expected: "content/prize/prize.yaml:16:14: error: bad-minimum",
            fragment: "`minimum_met` is 3, but there are only 2 criteria"),
        MessageTrigger(
            entry: "deadlineBeforeOpening(deadline:opens:)", base: .sections,
            files: prize("nomination_deadline: 2026-12-15", "nomination_deadline: 2026-08-15"),
            expected: "content/prize/prize.yaml:17:22: error: deadline-before-opening",
            fragment: "the nomination deadline (2026-08-15) is before nominations open (2026-09-01)"),
        MessageTrigger(
            entry: "prizeUnknownEnterprise(winner:year:id:known:)", base: .sections,
            files: prize("enterprise: cafe", "enterprise: cafee"),
            expected: "content/prize/prize.yaml:21:17: error: unknown-enterprise",
            fragment: "refers to the enterprise `cafee`, which is not in the catalogue"),
    ]
}
