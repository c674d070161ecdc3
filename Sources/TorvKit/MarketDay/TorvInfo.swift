import Foundation

/// Torv's own version, for generator tags and calendar product ids.
public enum TorvInfo {
    public static let version = "0.1.0"
}
