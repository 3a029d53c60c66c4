#include "core/imaging/ExifOrientation.h"

#include <climits>
#include <libexif/exif-data.h>
#include <libexif/exif-utils.h>

namespace gp::imaging::detail {

int exifOrientation(const unsigned char* data, std::size_t size) {
    if (data == nullptr || size < 6 || size > UINT_MAX) {
        return 1;
    }
    ExifData* exif = exif_data_new();
    if (exif == nullptr) {
        return 1;
    }
    // Read only; do not let libexif "repair" the block into what the specification wants.
    exif_data_unset_option(exif, EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_load_data(exif, data, static_cast<unsigned int>(size));
    int orientation = 1;
    if (ExifEntry* entry = exif_content_get_entry(exif->ifd[EXIF_IFD_0], EXIF_TAG_ORIENTATION);
        entry != nullptr && entry->format == EXIF_FORMAT_SHORT && entry->components >= 1 &&
        entry->data != nullptr && entry->size >= 2) {
        const int value = exif_get_short(entry->data, exif_data_get_byte_order(exif));
        if (value >= 1 && value <= 8) {
            orientation = value;
        }
    }
    exif_data_unref(exif);
    return orientation;
}

} // namespace gp::imaging::detail
