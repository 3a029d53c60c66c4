#include "FaceOutcome.h"

namespace gp::review {

domain::ReferencePhotoId newestReference(const std::vector<domain::ReferencePhoto>& references,
                                         domain::ReferenceKind kind) {
    domain::ReferencePhotoId newest = 0;
    for (const auto& r : references) {
        if (r.kind == kind && r.id > newest) {
            newest = r.id;
        }
    }
    return newest;
}

const domain::FaceComparison*
standingComparison(const std::vector<domain::FaceComparison>& comparisonsOfLatestPhoto,
                   domain::ReferencePhotoId reference) {
    const domain::FaceComparison* standing = nullptr;
    if (reference == 0) {
        return standing;
    }
    for (const auto& c : comparisonsOfLatestPhoto) {
        if (c.state == "compared" && c.referencePhotoId == reference &&
            (standing == nullptr || c.id > standing->id)) {
            standing = &c;
        }
    }
    return standing;
}

} // namespace gp::review
