#include "PhotoIntakeSummary.h"

#include <algorithm>

namespace gp::gui {

PhotoIntakeSummary::PhotoIntakeSummary(const intake::PhotoIntakeResult& result,
                                       const MessageCatalog& messages, const std::string& language)
    : files_(result.items.size()), matched_(result.matched()),
      newVersions_(result.count(intake::PhotoOutcome::NewVersion)),
      unchanged_(result.count(intake::PhotoOutcome::Unchanged)), unmatched_(result.unmatched()),
      stopped_(result.stopped) {
    for (const auto& [code, n] : result.refusedByReason()) {
        reasons_.push_back({code, messages.text(code, language).problem, n});
    }
    std::stable_sort(
        reasons_.begin(), reasons_.end(),
        [](const RefusedReason& a, const RefusedReason& b) { return a.files > b.files; });
    for (const auto& item : result.items) {
        if (item.outcome != intake::PhotoOutcome::Refused) {
            continue;
        }
        const auto text = messages.text(item.problemCode, language);
        refusedFiles_.push_back({item.path, text.problem, text.action, item.detail});
    }
}

} // namespace gp::gui
