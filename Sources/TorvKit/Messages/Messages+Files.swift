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
}
