/// Checks across the catalogue's files: unique ids, images that exist, reviews that are due.
enum CatalogueValidator {
    static func check(_ catalogue: Catalogue, staticFiles: Set<String>, today: LocalDate?, diagnostics: inout [Diagnostic]) {
        checkProductIDs(catalogue, diagnostics: &diagnostics)
        for enterprise in catalogue.enterprises {
            let images = (enterprise.logo.map { [$0] } ?? []) + enterprise.products.flatMap(\.images)
            for image in images where !staticFiles.contains(image.file) {
                diagnostics.append(Diagnostic(.catalogueMissingImage(image.file), at: image.location ?? enterprise.location))
            }
            if let today, let reviewed = enterprise.lastReviewed, today.daysSinceEpoch - reviewed.daysSinceEpoch > 365 {
                diagnostics.append(Diagnostic(
                    .reviewDue(enterprise: enterprise.name, lastReviewed: reviewed.description),
                    at: enterprise.lastReviewedLocation ?? enterprise.location))
            }
        }
    }

    /// A product id used more than once is reported at every use but the first, in file order
    /// (file, then line), and the message says where the first one is.
    static func checkProductIDs(_ catalogue: Catalogue, diagnostics: inout [Diagnostic]) {
        var firstUses: [String: SourceLocation] = [:]
        for (enterprise, product) in catalogue.products.sorted(by: { $0.product.location < $1.product.location }) {
            guard let first = firstUses[product.id] else {
                firstUses[product.id] = product.location
                continue
            }
            diagnostics.append(Diagnostic(
                .duplicateProductID(product.id, firstUse: "\(first.path):\(first.line)", enterpriseID: enterprise.id),
                at: product.location))
        }
    }
}
