#include "Batch.h"

namespace gp::domain {

std::string_view toCode(BatchKind k) {
    return k == BatchKind::Mailing ? "mailing" : "upload";
}

std::optional<BatchKind> batchKindFromCode(std::string_view code) {
    if (code == "upload") {
        return BatchKind::Upload;
    }
    if (code == "mailing") {
        return BatchKind::Mailing;
    }
    return std::nullopt;
}

} // namespace gp::domain
