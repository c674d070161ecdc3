/// What the address stage makes (see `AddressStage`).
struct AddressOutput: Sendable {
    var files: [OutputFile]
    /// The redirect and gone pages, which the sitemap leaves out.
    var redirectPages: Set<String>
    /// Every address of this build (pages and redirects), for `torv addresses --update`.
    var addresses: [String]
}
