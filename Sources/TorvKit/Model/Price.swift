public struct Price: Sendable {
    /// Whole øre, so sums and formatting are exact: 125.50 kr. is 12550.
    public var amountInOre: Int
    public var unit: LocalizedText?
    public var vatIncluded: Bool
}
