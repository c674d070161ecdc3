/// libvips 8.14's WebP saver adds an EXIF chunk (orientation, resolution) even when told to strip
/// metadata. This removes the metadata chunks (`EXIF`, `XMP `, `ICCP`) from the RIFF container and
/// clears their flags, so no published WebP file carries any.
enum WebPMetadata {
    static func stripped(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WEBP".utf8) else { return bytes }
        var out = Array(bytes[0..<12])
        var offset = 12
        while offset + 8 <= bytes.count {
            let fourCC = String(decoding: bytes[offset..<(offset + 4)], as: UTF8.self)
            let size = Int(bytes[offset + 4]) | Int(bytes[offset + 5]) << 8 | Int(bytes[offset + 6]) << 16 | Int(bytes[offset + 7]) << 24
            let end = offset + 8 + size + (size & 1)
            guard end <= bytes.count else { return bytes }  // not a file we understand: left as it is
            if !["EXIF", "XMP ", "ICCP"].contains(fourCC) {
                var chunk = Array(bytes[offset..<end])
                // VP8X flags: ICC 0x20, EXIF 0x08, XMP 0x04.
                if fourCC == "VP8X", chunk.count > 8 { chunk[8] &= ~UInt8(0x20 | 0x08 | 0x04) }
                out += chunk
            }
            offset = end
        }
        let riffSize = UInt32(out.count - 8)
        for index in 0..<4 { out[4 + index] = UInt8((riffSize >> (8 * UInt32(index))) & 0xff) }
        return out
    }
}
