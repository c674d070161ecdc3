import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists and reads the files of a content or template folder, in a stable order.
public struct ContentDirectory: Sendable {
    /// The folder as given by the user (used to build the paths shown in diagnostics).
    public let root: String

    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    /// The path shown to users for a file inside the folder.
    public func displayPath(_ relative: String) -> String {
        root == "." ? relative : "\(root)/\(relative)"
    }

    public func absolutePath(_ relative: String) -> String {
        "\(root)/\(relative)"
    }

    public var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The deepest folder `listFiles` walks into; deeper folders are reported, not read.
    public static let maximumDepth = 64

    /// Opens a folder for `listFiles` (`opendir`). Tests replace it to play a folder that cannot be
    /// read, which they cannot make otherwise when they run as root.
    var openFolder: @Sendable (String) -> OpaquePointer? = { opendir($0) }

    /// Every regular file below the folder, as sorted relative paths. Hidden files and folders
    /// (starting with `.`) are skipped. A symbolic link that leads outside the folder, or back to a
    /// folder it is in (a loop), is reported and skipped, and so is a folder that cannot be read or
    /// lies deeper than `maximumDepth`. Uses `readdir` directly: it runs on every rebuild of `torv serve`.
    public func listFiles(diagnostics: inout [Diagnostic]) -> [String] {
        var state = FolderWalk(realRoot: URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path)
        walk("", id: Self.identity(root), in: &state, diagnostics: &diagnostics)
        return state.files
    }

    /// A folder's identity on disk: a link to a folder with the same identity as an ancestor is a loop.
    private struct FolderID: Equatable { var device: UInt64, inode: UInt64 }

    /// What `listFiles` has found so far, and where it is.
    private struct FolderWalk {
        /// The root with every symbolic link resolved: a link must lead below it.
        let realRoot: String
        var files: [String] = []
        /// The folders from the root down to the one being read: a link to one of them is a loop.
        var ancestors: [(id: FolderID, relative: String)] = []
    }

    private static func identity(_ path: String) -> FolderID? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Reads the folder at `relative` (the root when empty) and everything below it.
    private func walk(_ relative: String, id: FolderID?, in state: inout FolderWalk, diagnostics: inout [Diagnostic]) {
        guard state.ancestors.count < Self.maximumDepth else {
            diagnostics.append(Diagnostic(.folderTooDeep(limit: Self.maximumDepth), at: SourceLocation(path: displayPath(relative))))
            return
        }
        guard let entries = readEntries(relative, diagnostics: &diagnostics) else { return }
        if let id { state.ancestors.append((id, relative)) }
        defer { if id != nil { state.ancestors.removeLast() } }
        for (name, type) in entries.sorted(by: { $0.0 < $1.0 }) {
            let childRelative = relative.isEmpty ? name : "\(relative)/\(name)"
            guard let kind = entryKind(of: childRelative, type: type, in: state, diagnostics: &diagnostics) else { continue }
            if kind == UInt8(DT_DIR) {
                walk(childRelative, id: Self.identity(absolutePath(childRelative)), in: &state, diagnostics: &diagnostics)
            } else if kind == UInt8(DT_REG) {
                state.files.append(childRelative)
            }
        }
    }

    /// The names and `d_type`s of the visible entries of a folder, in the order `readdir` gives them;
    /// nil when the folder cannot be opened.
    private func readEntries(_ relative: String, diagnostics: inout [Diagnostic]) -> [(String, UInt8)]? {
        guard let dir = openFolder(relative.isEmpty ? root : absolutePath(relative)) else {
            // The root itself missing is reported by whoever needs it (no-content, no-templates).
            if !relative.isEmpty {
                diagnostics.append(Diagnostic(.unreadableFolder(), at: SourceLocation(path: displayPath(relative))))
            }
            return nil
        }
        var entries: [(String, UInt8)] = []
        while let entry = readdir(dir) {
            let (name, valid) = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { (String(cString: $0), String(validatingCString: $0) != nil) }
            }
            guard !name.hasPrefix(".") else { continue }
            // A name that is not UTF-8 (made on another system) could be neither read nor published under its name.
            guard valid else {
                let shown = relative.isEmpty ? name : relative + "/" + name
                diagnostics.append(Diagnostic(.fileNameNotUTF8(), at: SourceLocation(path: displayPath(shown))))
                continue
            }
            entries.append((name, entry.pointee.d_type))
        }
        closedir(dir)
        return entries
    }

    /// What an entry is (`DT_DIR`, `DT_REG` or 0 for anything else), following a symbolic link;
    /// nil for an entry to skip: a link leading outside the folder or into a loop (both reported),
    /// or one that cannot be examined.
    private func entryKind(of relative: String, type: UInt8, in state: FolderWalk, diagnostics: inout [Diagnostic]) -> UInt8? {
        guard type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) else { return type }
        let path = absolutePath(relative)
        if type == UInt8(DT_LNK) {
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard target == state.realRoot || target.hasPrefix(state.realRoot + "/") else {
                diagnostics.append(Diagnostic(.symlinkOutside(target: target), at: SourceLocation(path: displayPath(relative))))
                return nil
            }
        }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let format = info.st_mode & S_IFMT
        let kind = format == S_IFDIR ? UInt8(DT_DIR) : format == S_IFREG ? UInt8(DT_REG) : 0
        if type == UInt8(DT_LNK), kind == UInt8(DT_DIR) {
            let target = FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            if let loop = state.ancestors.first(where: { $0.id == target }) {
                diagnostics.append(Diagnostic(
                    .symlinkLoop(folder: loop.relative.isEmpty ? root : displayPath(loop.relative)),
                    at: SourceLocation(path: displayPath(relative))))
                return nil
            }
        }
        return kind
    }

    /// The bytes of a file, or nil with a diagnostic.
    public func read(_ relative: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        guard case .read(let bytes) = FileReader.read(absolutePath(relative)) else {
            diagnostics.append(Diagnostic(.unreadable(), at: SourceLocation(path: displayPath(relative))))
            return nil
        }
        return bytes
    }

    /// Reads and decodes a text file.
    public func readText(_ relative: String, diagnostics: inout [Diagnostic]) -> SourceFile? {
        guard let bytes = read(relative, diagnostics: &diagnostics) else { return nil }
        let (file, problem) = SourceFile.decode(bytes, path: displayPath(relative))
        if let problem { diagnostics.append(problem) }
        return file
    }
}
