/// What the home page's layout adds.
struct HomePageView: ViewModel {
    var home: HomeView

    static let fields = ViewFields<HomePageView>([
        "home": .object(\.home),
    ])
}
