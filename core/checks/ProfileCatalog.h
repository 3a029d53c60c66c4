// The photo-spec profiles a school can check against: one JSON file each in
// templates/profiles/. This catalogue lists them and tells which ids exist.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace gp::checks {

struct ProfileInfo {
    std::string id;
    int version = 0;
    std::string nameZh;
    std::string nameEn;
    std::filesystem::path file;
};

class ProfileCatalog {
public:
    /// Reads every *.json in profilesDir. Throws UserError for a folder that is missing or a
    /// profile that cannot be read, naming the file.
    explicit ProfileCatalog(const std::filesystem::path& profilesDir);

    const std::vector<ProfileInfo>& profiles() const { return profiles_; }
    std::optional<ProfileInfo> find(const std::string& id) const;
    /// The profile with that id; throws UserError listing the ids that exist.
    const ProfileInfo& require(const std::string& id) const;

    static constexpr const char* kDefaultProfile = "chsi-2017";

private:
    std::filesystem::path dir_;
    std::vector<ProfileInfo> profiles_;
};

} // namespace gp::checks
