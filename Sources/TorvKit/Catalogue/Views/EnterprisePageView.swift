/// What an enterprise's page adds.
struct EnterprisePageView: ViewModel {
    var catalogue: CatalogueOverviewView
    var enterprise: EnterpriseView

    static let fields = ViewFields<EnterprisePageView>([
        "catalogue": .object(\.catalogue), "enterprise": .object(\.enterprise),
    ])
}
