/// The printable catalogue: every enterprise in full.
struct PrintView: ViewModel {
    var enterprises: [EnterpriseView]

    static let fields = ViewFields<PrintView>([
        "enterprises": .list(\.enterprises),
    ])
}
