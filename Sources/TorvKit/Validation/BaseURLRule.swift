/// The one rule for the site's address, whether it comes from `base_url` in site.yaml or from
/// `--base-url`: it goes into every canonical link, feed, the sitemap, robots.txt, the open data
/// and each calendar event, so it must be a plain http(s) address and nothing else.
public enum BaseURLRule {
    /// The catalogue message for what is wrong with `url`, or nil when it is a usable base address.
    public static func problem(_ url: String) -> Message? {
        let scheme = ["https://", "http://"].first { url.hasPrefix($0) }
        guard let scheme else { return .siteBaseURLScheme() }
        let rest = url.dropFirst(scheme.count)
        for scalar in url.unicodeScalars {
            if scalar == "\r" || scalar == "\n" {
                return .siteBaseURLInvalid(problem: "it contains a line break")
            }
            if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
                || scalar.properties.generalCategory == .format
            {
                return .siteBaseURLInvalid(problem: "it contains a space or an invisible character (U+\(hex(scalar)))")
            }
            if "\"<>\\^`{|}".unicodeScalars.contains(scalar) {
                return .siteBaseURLInvalid(problem: "it contains `\(scalar)`, which an address cannot hold")
            }
            if scalar == "?" || scalar == "#" {
                return .siteBaseURLInvalid(problem: "it contains `\(scalar)`: the site's address has no query or fragment")
            }
        }
        let host = rest.prefix { $0 != "/" }
        if host.isEmpty || host.hasPrefix(":") || host.hasPrefix(".") {
            return .siteBaseURLInvalid(problem: "it has no host name after \(scheme)")
        }
        if host.contains("@") {
            return .siteBaseURLInvalid(problem: "it contains a user name (`@`)")
        }
        return nil
    }

    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
