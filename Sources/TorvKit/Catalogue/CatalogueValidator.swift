/// Checks across the catalogue's files: unique ids, images that exist, reviews that are due.
enum CatalogueValidator {
    static func check(_ catalogue: Catalogue, staticFiles: Set<String>, today: LocalDate?, diagnostics: inout [Diagnostic]) {
        var productOwners: [String: (Enterprise, Product)] = [:]
        for enterprise in catalogue.enterprises {
            var images = enterprise.logo.map { [$0] } ?? []
            for product in enterprise.products {
                if let (otherEnterprise, other) = productOwners[product.id] {
                    diagnostics.append(.error("duplicate-id", at: product.location,
                        "the product id `\(product.id)` is also used in \(otherEnterprise.location.path):\(other.location.line)",
                        hint: "product ids must be unique in the whole catalogue; add the enterprise's name, e.g. `\(enterprise.id)-\(product.id)`"))
                } else {
                    productOwners[product.id] = (enterprise, product)
                }
                images += product.images
            }
            for image in images where !staticFiles.contains(image.file) {
                diagnostics.append(.error("missing-image", at: image.location ?? enterprise.location,
                    "the image `\(image.file)` does not exist",
                    hint: "put the file in content/\(image.file), or correct the path (it is relative to content/)"))
            }
            if let today, let reviewed = enterprise.lastReviewed, today.daysSinceEpoch - reviewed.daysSinceEpoch > 365 {
                diagnostics.append(.warning("review-due", at: enterprise.lastReviewedLocation ?? enterprise.location,
                    "\(enterprise.name) was last reviewed on \(reviewed), more than 12 months ago",
                    hint: "check the enterprise's information with them and update `last_reviewed`"))
            }
        }
    }
}
