/// The prize, for its page, "how to nominate" and "past winners".
struct PrizeView: ViewModel {
    var name: String
    var purpose: LocalizedTextView
    var eligible: LocalizedTextView
    var nominators: LocalizedTextView
    var how: LocalizedTextView
    var sample: Bool
    var status: PrizeStatusView
    var criteria: [PrizeCriterionView]
    var criteriaCount: Int
    var minimumMet: String?
    var winners: [PrizeWinnerView]
    var nominateURL: String
    var winnersURL: String
    var url: String
    var email: String?
    var emailHref: String?
    var nominationURL: String?
    var opens: String?
    var opensISO: String?
    var deadline: String?
    var deadlineISO: String?
    var jury: LocalizedTextView?
    var award: LocalizedTextView?
    var ceremony: LocalizedTextView?

    static let fields = ViewFields<PrizeView>([
        "name": .text(\.name), "purpose": .object(\.purpose), "eligible": .object(\.eligible),
        "nominators": .object(\.nominators), "how": .object(\.how), "sample": .flag(\.sample), "status": .object(\.status),
        "criteria": .list(\.criteria), "criteriaCount": .number(\.criteriaCount), "minimumMet": .text(\.minimumMet),
        "winners": .list(\.winners), "nominateURL": .text(\.nominateURL), "winnersURL": .text(\.winnersURL),
        "url": .text(\.url), "email": .text(\.email), "emailHref": .text(\.emailHref),
        "nominationURL": .text(\.nominationURL), "opens": .text(\.opens), "opensISO": .text(\.opensISO),
        "deadline": .text(\.deadline), "deadlineISO": .text(\.deadlineISO), "jury": .object(\.jury),
        "award": .object(\.award), "ceremony": .object(\.ceremony),
    ])
}
