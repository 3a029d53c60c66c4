// Who a photo belongs to, from its file name or a manifest: the keys in a file name
// (张三_2021001.jpg, 2021001(1).jpg, 61010219900307123x.jpg) looked up among the students'
// 学号, ID numbers, 考生号 and 采集码, in the order the user chose. Every key in the name must
// point at the same student, and a name in it must be that student's; camera file names
// (IMG_20240501_123456.jpg) carry dates, not keys, and are matched only through a manifest.
#pragma once

#include "../domain/Student.h"
#include "PhotoIntake.h"

#include <array>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace gp::intake {

struct PhotoMatch {
    /// NameMismatch: the keys point at one student, but the name in the file name is another's.
    enum class Result { Matched, NoMatch, Ambiguous, NameMismatch };
    Result result = Result::NoMatch;
    const domain::Student* student = nullptr;
    std::string matchedBy; ///< a MatchKey code, or "manifest"
    std::string detail;    ///< Ambiguous: the students' 学号; NameMismatch: the name in the file
};

class PhotoMatcher {
public:
    PhotoMatcher(std::vector<domain::Student> students, std::vector<MatchKey> order);

    /// Adds a manifest row: the file (by name, any folder) belongs to whoever holds value.
    void addManifestEntry(const std::string& fileName, MatchKey key, const std::string& value);
    std::size_t manifestSize() const { return manifest_.size(); }

    PhotoMatch match(const std::string& path) const;

private:
    std::vector<const domain::Student*> lookup(MatchKey key, const std::string& value) const;

    std::vector<domain::Student> students_;
    std::vector<MatchKey> order_;
    std::array<std::unordered_multimap<std::string, const domain::Student*>, 4> index_;
    std::map<std::string, std::pair<MatchKey, std::string>> manifest_; ///< lower-case file name
    std::unordered_set<std::string> names_;                            ///< every student's name
};

/// Reads a manifest workbook: a file-name column (文件名 / 照片文件名 / 照片 / file name) and a
/// key column (学号 / 身份证号 / 考生号 / 采集码, by the roster's synonyms). Throws UserError.
void readManifest(const std::filesystem::path& file, const std::filesystem::path& columnsFile,
                  PhotoMatcher& matcher);

} // namespace gp::intake
