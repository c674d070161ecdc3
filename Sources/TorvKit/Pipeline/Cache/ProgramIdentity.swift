#if canImport(Glibc)
import Glibc
#endif

/// Which Torv program made a build cache: its version number and the size of its executable. Nearly
/// every change to Torv's code changes the size, so a developer's changed Torv with the same version
/// number does not trust the old cache; CI, building the same Torv in the same place again, gets the
/// same size and keeps its cache. (A hash of the whole executable would differ between checkouts,
/// through the paths in its debug information, and miss every time in CI.)
enum ProgramIdentity {
    static let current: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else {
            // Without its own executable to look at, this Torv trusts no cache made by another run.
            return "\(TorvInfo.version)+unknown-\(getpid())-\(time(nil))"
        }
        return "\(TorvInfo.version)+\(info.st_size)"
    }()
}
