// The whole C surface of libvips that Torv uses, as fixed-signature functions (libvips' API is
// mostly variadic name/value option lists, which Swift cannot call). libvips is opened with dlopen
// the first time an image is met (torv_vips.c), so a site without images, and every command that
// reads none, does not load it and the hundred libraries it depends on. Only
// Sources/TorvKit/Images/VipsBridge.swift imports this module.
#ifndef TORV_VIPS_H
#define TORV_VIPS_H

#include <stddef.h>

/// An image (libvips' VipsImage), known to Swift only as a pointer.
typedef struct TorvVipsImage TorvVipsImage;

/// Opens libvips by its library name (`libvips.so.42`) and starts it; 0 when it is ready, -1 when
/// it cannot be opened (not installed) or lacks a function Torv calls.
int torv_vips_start(const char *name);

/// Opens an image from memory without decoding its pixels (header only). NULL when it is not an image.
TorvVipsImage *torv_vips_header(const void *buf, size_t len);
int torv_vips_width(TorvVipsImage *image);
int torv_vips_height(TorvVipsImage *image);
/// The EXIF orientation (1 when there is none).
int torv_vips_orientation(TorvVipsImage *image);

/// Decodes, applies the EXIF orientation, shrinks to `width` (never enlarges) and removes every
/// piece of metadata (EXIF with GPS and camera, XMP, IPTC, ICC, comments). NULL on failure.
TorvVipsImage *torv_vips_thumbnail(const void *buf, size_t len, int width);

/// The encoders, with all metadata stripped; 0 on success, the bytes to free with torv_vips_free.
int torv_vips_webp(TorvVipsImage *in, void **buf, size_t *len, int quality);
int torv_vips_jpeg(TorvVipsImage *in, void **buf, size_t *len, int quality);
int torv_vips_png(TorvVipsImage *in, void **buf, size_t *len);

void torv_vips_release(TorvVipsImage *image);
void torv_vips_free(void *buf);
void torv_vips_clear_error(void);

#endif
