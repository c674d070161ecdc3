/// What the printable catalogue adds.
struct PrintPageView: ViewModel {
    var catalogue: CatalogueOverviewView
    var print: PrintView

    static let fields = ViewFields<PrintPageView>([
        "catalogue": .object(\.catalogue), "print": .object(\.print),
    ])
}
