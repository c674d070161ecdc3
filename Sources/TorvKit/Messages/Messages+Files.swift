/// Messages about files as files: encoding, links out of the folder, reading.
extension Message {
    static func nulByte() -> Message {
        .error(.nulByte, "the file contains a NUL byte, so it is not a text file",
            hint: "save the file as plain UTF-8 text; if it was pasted from another program, retype the marked spot")
    }

    static func invalidUTF8() -> Message {
        .error(.invalidUTF8, "the file is not valid UTF-8 text (it may be saved as Windows-1252 or Latin-1)",
            hint: "save the file with the encoding UTF-8 in your editor")
    }

    static func symlinkOutside(target: String) -> Message {
        .error(.symlinkOutside, "this is a link to a file outside the folder (\(target)); Torv does not follow it",
            hint: "copy the file into the folder instead of linking to it")
    }

    static func unreadable() -> Message {
        .error(.unreadable, "the file could not be read",
            hint: "check that the file exists and that you have permission to read it")
    }

    /// A page read again during the build (see `SourceText`) that is no longer what was read and checked first.
    static func changedDuringBuild() -> Message {
        .error(.unreadable, "the file changed (or was removed) while Torv was building the site, so its page was not published",
            hint: "wait until the file is saved, then build again")
    }

    /// A file or folder name that is not UTF-8 (shown with � where its bytes are not).
    static func fileNameNotUTF8() -> Message {
        .error(.unreadable, "this name is not valid UTF-8 text (the � stands for bytes that are not), so Torv cannot read or publish it",
            hint: "rename it with letters typed on this computer (æ, ø and å are fine), e.g. in the file manager or with `mv`")
    }

    /// A folder where Torv expects a file (`content/site.yaml/`).
    static func folderInsteadOfFile() -> Message {
        .error(.unreadable, "this is a folder, but Torv expects a file here",
            hint: "move what the folder holds elsewhere, delete the folder, and put the file back in its place")
    }

    /// A link to a folder that contains the link (`ln -s . loop`): following it would never end.
    static func symlinkLoop(folder: String) -> Message {
        .error(.symlinkLoop, "this is a link back to `\(folder)`, a folder it is in, so the folder would never end; Torv does not follow it",
            hint: "delete the link; to show the same files in two places, copy them instead")
    }

    static func unreadableFolder() -> Message {
        .error(.unreadable, "the folder could not be read, so none of its files are in the site",
            hint: "check that you have permission to read the folder (`ls` it), or move its files elsewhere and delete it")
    }

    static func folderTooDeep(limit: Int) -> Message {
        .error(.folderTooDeep, "folders are nested more than \(limit) deep here; Torv does not read further",
            hint: "move the files into a folder nearer to the top; addresses that deep help no reader")
    }
}
