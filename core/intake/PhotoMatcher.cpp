#include "PhotoMatcher.h"

#include "../common/UserError.h"
#include "RosterColumns.h"
#include "TextNormalization.h"
#include "photos/FileNameKeys.h"
#include "roster/SheetTable.h"

#include <algorithm>
#include <set>

namespace gp::intake {
namespace {

std::string upper(std::string s) {
    for (auto& c : s) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return s;
}

std::string lower(std::string s) {
    for (auto& c : s) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return s;
}

std::string baseName(const std::string& path) {
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

const std::string& keyOf(const domain::Student& s, MatchKey k) {
    switch (k) {
    case MatchKey::StudentNo:
        return s.studentNo;
    case MatchKey::IdNumber:
        return s.idNumber;
    case MatchKey::ExamNo:
        return s.examNo;
    case MatchKey::CollectionCode:
        return s.collectionCode;
    }
    return s.studentNo;
}

} // namespace

PhotoMatcher::PhotoMatcher(std::vector<domain::Student> students, std::vector<MatchKey> order)
    : students_(std::move(students)), order_(std::move(order)) {
    for (const auto& s : students_) {
        for (auto k : {MatchKey::StudentNo, MatchKey::IdNumber, MatchKey::ExamNo,
                       MatchKey::CollectionCode}) {
            const auto& v = keyOf(s, k);
            if (!v.empty()) {
                index_[static_cast<std::size_t>(k)].emplace(upper(v), &s);
            }
        }
    }
}

void PhotoMatcher::addManifestEntry(const std::string& fileName, MatchKey key,
                                    const std::string& value) {
    manifest_[lower(baseName(fileName))] = {key, value};
}

std::vector<const domain::Student*> PhotoMatcher::lookup(MatchKey key,
                                                         const std::string& value) const {
    std::vector<const domain::Student*> out;
    const auto range = index_[static_cast<std::size_t>(key)].equal_range(upper(value));
    for (auto it = range.first; it != range.second; ++it) {
        out.push_back(it->second);
    }
    return out;
}

PhotoMatch PhotoMatcher::match(const std::string& path) const {
    PhotoMatch m;
    auto decide = [&](const std::vector<std::pair<const domain::Student*, std::string>>& hits) {
        std::set<const domain::Student*> distinct;
        for (const auto& h : hits) {
            distinct.insert(h.first);
        }
        if (distinct.size() == 1) {
            m.result = PhotoMatch::Result::Matched;
            m.student = hits.front().first;
            m.matchedBy = hits.front().second;
        } else if (distinct.size() > 1) {
            m.result = PhotoMatch::Result::Ambiguous;
            for (const auto* s : distinct) {
                m.detail += (m.detail.empty() ? "" : ", ") + s->studentNo;
            }
        }
    };
    if (const auto it = manifest_.find(lower(baseName(path))); it != manifest_.end()) {
        std::vector<std::pair<const domain::Student*, std::string>> hits;
        for (const auto* s : lookup(it->second.first, it->second.second)) {
            hits.emplace_back(s, "manifest");
        }
        decide(hits);
        return m;
    }
    for (const auto& candidate : candidateKeys(baseName(path))) {
        std::vector<std::pair<const domain::Student*, std::string>> hits;
        for (auto k : order_) {
            for (const auto* s : lookup(k, candidate)) {
                hits.emplace_back(s, std::string(toCode(k)));
            }
        }
        if (!hits.empty()) {
            decide(hits);
            return m;
        }
    }
    return m;
}

void readManifest(const std::filesystem::path& file, const std::filesystem::path& columnsFile,
                  PhotoMatcher& matcher) {
    const auto columns = RosterColumns::load(columnsFile);
    const auto workbook = readWorkbook(file);
    static const std::set<std::string> fileHeaders{"文件名", "照片文件名", "照片", "照片名称",
                                                   "文件",   "filename",   "file", "photo"};
    for (const auto& sheet : workbook.sheets) {
        for (std::size_t r = 0; r < sheet.rows.size() && r < 30; ++r) {
            const auto& header = sheet.rows[r];
            std::optional<std::size_t> fileCol;
            std::optional<std::pair<std::size_t, MatchKey>> keyCol;
            for (std::size_t c = 0; c < header.size(); ++c) {
                const auto key = headerKey(header[c].text);
                if (fileHeaders.count(key)) {
                    fileCol = c;
                    continue;
                }
                const auto field = columns.fieldOf(header[c].text);
                if (!field || keyCol) {
                    continue;
                }
                if (*field == RosterField::StudentNo) {
                    keyCol = {{c, MatchKey::StudentNo}};
                } else if (*field == RosterField::IdNumber) {
                    keyCol = {{c, MatchKey::IdNumber}};
                } else if (*field == RosterField::ExamNo) {
                    keyCol = {{c, MatchKey::ExamNo}};
                } else if (*field == RosterField::CollectionCode) {
                    keyCol = {{c, MatchKey::CollectionCode}};
                }
            }
            if (!fileCol || !keyCol) {
                continue;
            }
            for (std::size_t i = r + 1; i < sheet.rows.size(); ++i) {
                const auto& row = sheet.rows[i];
                if (row.size() <= std::max(*fileCol, keyCol->first)) {
                    continue;
                }
                const auto name = normalizeCell(row[*fileCol].text);
                const auto value = normalizeCell(row[keyCol->first].text);
                if (!name.empty() && !value.empty()) {
                    matcher.addManifestEntry(name, keyCol->second, value);
                }
            }
            return;
        }
    }
    throw UserError("The manifest " + file.string() +
                        " has no header row with a file-name column (文件名) and a key column "
                        "(学号, 身份证号, 考生号 or 采集码).",
                    "Add those two column headers, or name the photos by 学号 and leave out the "
                    "manifest.");
}

} // namespace gp::intake
