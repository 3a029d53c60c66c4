#include "ReferenceComparison.h"

#include <algorithm>
#include <cmath>

namespace gp::faces {

double descriptorDistance(const std::vector<float>& a, const std::vector<float>& b) {
    double s = 0;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
        const double d = static_cast<double>(a[i]) - b[i];
        s += d * d;
    }
    return std::sqrt(s);
}

domain::FaceComparison compareWithReference(const domain::FaceDescriptor& submission,
                                            const domain::FaceDescriptor* reference,
                                            const domain::ImageFacts& referenceImage,
                                            const ComparisonPolicy& policy) {
    domain::FaceComparison c;
    c.modelId = submission.modelId;
    if (reference == nullptr) {
        c.state = "no_reference";
        return c;
    }
    if (!submission.descriptor.empty() && !reference->descriptor.empty()) {
        const double d = descriptorDistance(submission.descriptor, reference->descriptor);
        c.distance = d;
        c.similarity = policy.similarity(d);
    }
    const int shortSide = std::min(referenceImage.width, referenceImage.height);
    if (submission.faceCount == 0) {
        c.state = "no_face_submission";
    } else if (submission.faceCount > 1) {
        c.state = "multiple_faces_submission";
    } else if (reference->faceCount == 0) {
        c.state = shortSide > 0 && shortSide < policy.referenceMinSidePx ? "reference_too_poor"
                                                                         : "no_face_reference";
    } else if (reference->box.width < policy.referenceMinFacePx) {
        c.state = "reference_too_poor";
        c.distance.reset(); // a descriptor of so few pixels says nothing
        c.similarity.reset();
    } else if (reference->faceCount > 1) {
        c.state = "multiple_faces_reference";
    } else {
        c.state = "compared";
        c.outcome = std::string(toCode(policy.outcome(*c.distance)));
    }
    return c;
}

} // namespace gp::faces
