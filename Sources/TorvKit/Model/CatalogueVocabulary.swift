/// `content/catalogue/lists.yaml`: categories, target groups, employment forms and buyer types.
public struct CatalogueVocabulary: Sendable {
    public var categories: [CatalogueTerm]
    public var targetGroups: [CatalogueTerm]
    public var employmentForms: [CatalogueTerm]
    public var sellsTo: [CatalogueTerm]

    public static let listNames = ["categories", "target_groups", "employment_forms", "sells_to"]

    func terms(_ list: String) -> [CatalogueTerm] {
        switch list {
        case "categories": return categories
        case "target_groups": return targetGroups
        case "employment_forms": return employmentForms
        default: return sellsTo
        }
    }
}
