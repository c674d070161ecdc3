/// One numbered criterion of the prize.
struct PrizeCriterionView: ViewModel {
    var number: Int
    var title: LocalizedTextView
    var description: LocalizedTextView
    var examples: [LocalizedTextView]
    var mandatory: Bool
    var evidence: LocalizedTextView?

    static let fields = ViewFields<PrizeCriterionView>([
        "number": .number(\.number), "title": .object(\.title), "description": .object(\.description),
        "examples": .list(\.examples), "mandatory": .flag(\.mandatory), "evidence": .object(\.evidence),
    ])
}
