#include "ProfileCatalog.h"

#include "../common/UserError.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <fstream>

namespace gp::checks {

namespace fs = std::filesystem;

namespace {

ProfileInfo readInfo(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError("Cannot read the profile " + file.string() + ".");
    }
    try {
        Poco::JSON::Parser parser;
        const auto root = parser.parse(in).extract<Poco::JSON::Object::Ptr>();
        ProfileInfo info;
        info.file = file;
        info.id = root->getValue<std::string>("id");
        info.version = root->getValue<int>("version");
        const auto name = root->getObject("name");
        if (name) {
            info.nameZh = name->optValue<std::string>("zh_CN", info.id);
            info.nameEn = name->optValue<std::string>("en", info.id);
        }
        if (info.id != file.stem().string()) {
            throw UserError("The profile " + file.string() + " has id \"" + info.id +
                                "\", which differs from its file name.",
                            "Name the file after the id: " + info.id + ".json");
        }
        return info;
    } catch (const Poco::Exception& e) {
        throw UserError("The profile " + file.string() + " is not valid: " + e.displayText() + ".",
                        "Fix the JSON, or restore the file from the installed templates.");
    }
}

} // namespace

ProfileCatalog::ProfileCatalog(const fs::path& profilesDir) : dir_(profilesDir) {
    if (!fs::is_directory(profilesDir)) {
        throw UserError("The profiles folder " + profilesDir.string() + " is missing.",
                        "Reinstall GradPhoto Console, or set GRADPHOTO_TEMPLATES to the folder "
                        "that holds profiles/.");
    }
    for (const auto& entry : fs::directory_iterator(profilesDir)) {
        if (entry.path().extension() == ".json") {
            profiles_.push_back(readInfo(entry.path()));
        }
    }
    std::sort(profiles_.begin(), profiles_.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
}

std::optional<ProfileInfo> ProfileCatalog::find(const std::string& id) const {
    for (const auto& p : profiles_) {
        if (p.id == id) {
            return p;
        }
    }
    return std::nullopt;
}

const ProfileInfo& ProfileCatalog::require(const std::string& id) const {
    for (const auto& p : profiles_) {
        if (p.id == id) {
            return p;
        }
    }
    std::string known;
    for (const auto& p : profiles_) {
        known += (known.empty() ? "" : ", ") + p.id;
    }
    throw UserError("There is no photo profile \"" + id + "\".",
                    "Choose one of: " + known + " (files in " + dir_.string() + ").");
}

} // namespace gp::checks
