// libvips' API is mostly variadic (name/value option lists), which Swift cannot call; these
// fixed-signature wrappers are the whole C surface Torv uses. Only
// Sources/TorvKit/Images/VipsBridge.swift imports this module.
#include <vips/vips.h>

static inline int torv_vips_start(void) {
    if (vips_init("torv") != 0) return -1;
    // Small caches: Torv encodes each photo once and keeps the result on disk.
    vips_cache_set_max(0);
    return 0;
}

/// Opens an image from memory without decoding its pixels (header only). NULL when it is not an image.
static inline VipsImage *torv_vips_header(const void *buf, size_t len) {
    return vips_image_new_from_buffer(buf, len, "", NULL);
}

static inline int torv_vips_orientation(VipsImage *image) {
    int orientation = 1;
    if (vips_image_get_typeof(image, VIPS_META_ORIENTATION) &&
        vips_image_get_int(image, VIPS_META_ORIENTATION, &orientation) != 0)
        return 1;
    return orientation;
}

/// Removes every metadata item (EXIF with GPS and camera, XMP, IPTC, ICC, comments) from the
/// image's header: libvips 8.14's WebP saver writes EXIF even when asked to strip.
static inline void torv_vips_remove_metadata(VipsImage *image) {
    gchar **fields = vips_image_get_fields(image);
    for (int i = 0; fields[i]; i++) vips_image_remove(image, fields[i]);
    g_strfreev(fields);
}

/// Decodes, applies the EXIF orientation and shrinks to `width` (never enlarges).
static inline VipsImage *torv_vips_thumbnail(const void *buf, size_t len, int width) {
    VipsImage *out = NULL;
    if (vips_thumbnail_buffer((void *)buf, len, &out, width, "height", VIPS_MAX_COORD,
            "size", VIPS_SIZE_DOWN, NULL) != 0)
        return NULL;
    torv_vips_remove_metadata(out);
    return out;
}

/// The encoders, with every piece of metadata (EXIF, XMP, IPTC, ICC) stripped.
static inline int torv_vips_webp(VipsImage *in, void **buf, size_t *len, int quality) {
    return vips_webpsave_buffer(in, buf, len, "Q", quality, "strip", TRUE, "effort", 4, NULL);
}

static inline int torv_vips_jpeg(VipsImage *in, void **buf, size_t *len, int quality) {
    return vips_jpegsave_buffer(in, buf, len, "Q", quality, "strip", TRUE, "optimize_coding", TRUE,
        "interlace", TRUE, NULL);
}

static inline int torv_vips_png(VipsImage *in, void **buf, size_t *len) {
    return vips_pngsave_buffer(in, buf, len, "strip", TRUE, "compression", 9, NULL);
}

static inline void torv_vips_release(VipsImage *image) { if (image) g_object_unref(image); }
static inline void torv_vips_free(void *buf) { g_free(buf); }
static inline void torv_vips_clear_error(void) { vips_error_clear(); }
