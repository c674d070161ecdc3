/// Messages about the output folder: whether Torv may replace it, and writing the finished site there.
extension Message {
    // MARK: Choosing the output folder

    /// `output` is the root folder or the home folder.
    static func outputWholeFolder(output: String) -> Message {
        .error(.outputUnsafe, "Torv will not use \(output) as the output folder: it replaces the whole folder on every build",
            hint: "use a folder of its own, like --output site")
    }

    /// The output folder is, holds or lies inside the `name` folder (content or templates) at `folder`.
    static func outputOverlaps(output: String, name: String, folder: String) -> Message {
        .error(.outputUnsafe,
            "the output folder \(output) overlaps the \(name) folder \(folder); a build replaces the whole output folder",
            hint: "use a folder of its own, like --output site")
    }

    static func outputNotFolder() -> Message {
        .error(.outputNotFolder, "the output path exists and is not a folder",
            hint: "choose another --output, like --output site, or move the file that has this name")
    }

    static func outputNotTorv() -> Message {
        .error(.outputNotTorv, "the output folder exists but was not built by Torv, so Torv will not replace it",
            hint: "choose another --output, or delete the folder yourself if its content is not needed")
    }

    static func outputLocked() -> Message {
        .error(.outputLocked, "another Torv build is writing this output folder right now",
            hint: "wait for the other build to finish (or stop it), then build again")
    }

    // MARK: Writing

    static func outputFolderNotCreated(folder: String, reason: String) -> Message {
        .error(.outputWrite, "cannot create the folder \(folder): \(reason)",
            hint: "check that every part of the path is a folder (not a file) and that you may write there, or choose another --output")
    }

    static func outputLockNotCreated(lockFile: String, reason: String) -> Message {
        .error(.outputWrite, "cannot create the lock file \(lockFile): \(reason)",
            hint: "check that you may write to the folder that holds the output folder, and that nothing else there is named like the lock file")
    }

    static func outputFileNotWritten(file: String, reason: String) -> Message {
        .error(.outputWrite, "writing \(file) failed: \(reason)",
            hint: "check that there is free disk space and that you may write to the folder; the previous site is left as it was")
    }

    /// Swapping the new site in failed: moving the previous site aside (`previousSite`) or the new one in.
    static func outputNotMoved(previousSite: Bool, reason: String) -> Message {
        .error(.outputWrite,
            previousSite ? "cannot move the previous site aside: \(reason)" : "cannot move the new site in place: \(reason)",
            hint: "check that no other program (a file window, an editor, a web server) is using the output folder, "
                + "and that the output is given as a plain folder name like --output site, then build again")
    }
}
