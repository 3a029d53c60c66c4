#include "ReferencePhoto.h"

namespace gp::domain {

std::string_view toCode(ReferenceKind k) {
    return k == ReferenceKind::IdCard ? "id_card" : "enrollment";
}

std::optional<ReferenceKind> referenceKindFromCode(std::string_view code) {
    if (code == "enrollment") {
        return ReferenceKind::Enrollment;
    }
    if (code == "id_card") {
        return ReferenceKind::IdCard;
    }
    return std::nullopt;
}

} // namespace gp::domain
