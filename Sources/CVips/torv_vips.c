// libvips 8.14 (Debian's libvips42), opened with dlopen on first use: see include/torv_vips.h.
// The declarations below are the ones of <vips/vips.h> and <glib.h> that Torv calls, written out so
// that neither the headers nor the libraries are needed to build Torv, only to run it on images.
#include "torv_vips.h"

#include <dlfcn.h>

typedef unsigned long TorvGType;  // GType: gsize
enum { TORV_VIPS_SIZE_DOWN = 2 };  // VipsSize: BOTH, UP, DOWN, FORCE
#define TORV_VIPS_MAX_COORD 10000000  // VIPS_MAX_COORD
#define TORV_VIPS_META_ORIENTATION "orientation"  // VIPS_META_ORIENTATION
#define TORV_TRUE 1

struct torv_vips_functions {
    int (*init)(const char *argv0);
    void (*cache_set_max)(int max);
    TorvVipsImage *(*image_new_from_buffer)(const void *buf, size_t len, const char *option_string, ...);
    int (*image_get_width)(const TorvVipsImage *image);
    int (*image_get_height)(const TorvVipsImage *image);
    TorvGType (*image_get_typeof)(const TorvVipsImage *image, const char *name);
    int (*image_get_int)(TorvVipsImage *image, const char *name, int *out);
    char **(*image_get_fields)(TorvVipsImage *image);
    int (*image_remove)(TorvVipsImage *image, const char *name);
    int (*thumbnail_buffer)(void *buf, size_t len, TorvVipsImage **out, int width, ...);
    int (*webpsave_buffer)(TorvVipsImage *in, void **buf, size_t *len, ...);
    int (*jpegsave_buffer)(TorvVipsImage *in, void **buf, size_t *len, ...);
    int (*pngsave_buffer)(TorvVipsImage *in, void **buf, size_t *len, ...);
    void (*error_clear)(void);
    void (*object_unref)(void *object);
    void (*free)(void *memory);
    void (*strfreev)(char **strings);
};
static struct torv_vips_functions vips;

/// Called once per library name (`VipsBridge.isAvailable` keeps the answer, thread-safely). The
/// functions are taken over only when all of them were found.
int torv_vips_start(const char *name) {
    void *library = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!library) return -1;
    struct torv_vips_functions found;
    // dlsym on libvips' handle also finds the glib functions of the libraries it depends on.
#define TORV_FIND(field, symbol) if (!(*(void **)&found.field = dlsym(library, symbol))) return -1
    TORV_FIND(init, "vips_init");
    TORV_FIND(cache_set_max, "vips_cache_set_max");
    TORV_FIND(image_new_from_buffer, "vips_image_new_from_buffer");
    TORV_FIND(image_get_width, "vips_image_get_width");
    TORV_FIND(image_get_height, "vips_image_get_height");
    TORV_FIND(image_get_typeof, "vips_image_get_typeof");
    TORV_FIND(image_get_int, "vips_image_get_int");
    TORV_FIND(image_get_fields, "vips_image_get_fields");
    TORV_FIND(image_remove, "vips_image_remove");
    TORV_FIND(thumbnail_buffer, "vips_thumbnail_buffer");
    TORV_FIND(webpsave_buffer, "vips_webpsave_buffer");
    TORV_FIND(jpegsave_buffer, "vips_jpegsave_buffer");
    TORV_FIND(pngsave_buffer, "vips_pngsave_buffer");
    TORV_FIND(error_clear, "vips_error_clear");
    TORV_FIND(object_unref, "g_object_unref");
    TORV_FIND(free, "g_free");
    TORV_FIND(strfreev, "g_strfreev");
#undef TORV_FIND
    if (found.init("torv") != 0) return -1;
    vips = found;
    // Small caches: Torv encodes each photo once and keeps the result on disk.
    vips.cache_set_max(0);
    return 0;
}

TorvVipsImage *torv_vips_header(const void *buf, size_t len) {
    return vips.image_new_from_buffer(buf, len, "", NULL);
}

int torv_vips_width(TorvVipsImage *image) { return vips.image_get_width(image); }
int torv_vips_height(TorvVipsImage *image) { return vips.image_get_height(image); }

int torv_vips_orientation(TorvVipsImage *image) {
    int orientation = 1;
    if (vips.image_get_typeof(image, TORV_VIPS_META_ORIENTATION) &&
        vips.image_get_int(image, TORV_VIPS_META_ORIENTATION, &orientation) != 0)
        return 1;
    return orientation;
}

/// libvips 8.14's WebP saver writes EXIF even when asked to strip: every item goes from the header.
static void remove_metadata(TorvVipsImage *image) {
    char **fields = vips.image_get_fields(image);
    for (int i = 0; fields[i]; i++) vips.image_remove(image, fields[i]);
    vips.strfreev(fields);
}

TorvVipsImage *torv_vips_thumbnail(const void *buf, size_t len, int width) {
    TorvVipsImage *out = NULL;
    if (vips.thumbnail_buffer((void *)buf, len, &out, width, "height", TORV_VIPS_MAX_COORD,
            "size", TORV_VIPS_SIZE_DOWN, NULL) != 0)
        return NULL;
    remove_metadata(out);
    return out;
}

int torv_vips_webp(TorvVipsImage *in, void **buf, size_t *len, int quality) {
    return vips.webpsave_buffer(in, buf, len, "Q", quality, "strip", TORV_TRUE, "effort", 4, NULL);
}

int torv_vips_jpeg(TorvVipsImage *in, void **buf, size_t *len, int quality) {
    return vips.jpegsave_buffer(in, buf, len, "Q", quality, "strip", TORV_TRUE, "optimize_coding", TORV_TRUE,
        "interlace", TORV_TRUE, NULL);
}

int torv_vips_png(TorvVipsImage *in, void **buf, size_t *len) {
    return vips.pngsave_buffer(in, buf, len, "strip", TORV_TRUE, "compression", 9, NULL);
}

void torv_vips_release(TorvVipsImage *image) { if (image) vips.object_unref(image); }
void torv_vips_free(void *buf) { vips.free(buf); }
void torv_vips_clear_error(void) { vips.error_clear(); }
