// The rejection reasons a reviewer picks from, in the order templates/reasons.json lists them,
// each with its label and the advice a student reads, per language.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace gp::review {

struct Reason {
    std::string code;
    std::string labelZh, adviceZh;
    std::string labelEn, adviceEn;

    const std::string& label(const std::string& language) const {
        return language.rfind("zh", 0) == 0 || labelEn.empty() ? labelZh : labelEn;
    }
};

class ReasonCatalog {
public:
    /// Reads templates/reasons.json. Throws UserError if it is missing or invalid.
    static ReasonCatalog load(const std::filesystem::path& file);
    explicit ReasonCatalog(std::vector<Reason> reasons) : reasons_(std::move(reasons)) {}

    const std::vector<Reason>& all() const { return reasons_; }
    const Reason* find(const std::string& code) const;
    bool has(const std::string& code) const { return find(code) != nullptr; }
    /// The label of the code in the language, or the code itself when it is unknown.
    std::string label(const std::string& code, const std::string& language) const;

private:
    std::vector<Reason> reasons_;
};

} // namespace gp::review
