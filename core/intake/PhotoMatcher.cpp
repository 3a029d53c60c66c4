#include "PhotoMatcher.h"

#include "../common/UserError.h"
#include "RosterColumns.h"
#include "TextNormalization.h"
#include "photos/FileNameKeys.h"
#include "roster/SheetTable.h"

#include <Poco/TextIterator.h>
#include <Poco/UTF8Encoding.h>

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

/// Names of phone and camera files: IMG_20240501_123456.jpg, DSC_0001.JPG, PXL_20240501...,
/// 微信图片_2024...: their digits are dates and counters, not a student's keys.
bool cameraFileName(const std::string& name) {
    static const char* const prefixes[] = {
        "img_",   "img-", "dsc_",      "dsc0",     "dscn",       "dscf",     "pxl_",
        "mvimg_", "vid_", "wx_camera", "mmexport", "screenshot", "微信图片", "imag0"};
    const auto l = lower(name);
    for (const auto* p : prefixes) {
        if (l.rfind(p, 0) == 0) {
            return true;
        }
    }
    return false;
}

/// Runs of two or more Chinese characters (a name, 买买提·艾力 included) in a file name.
std::vector<std::string> cjkRuns(const std::string& name) {
    static const Poco::UTF8Encoding utf8;
    std::vector<std::string> runs;
    std::string run;
    std::size_t chars = 0;
    auto close = [&] {
        if (chars >= 2) {
            runs.push_back(run);
        }
        run.clear();
        chars = 0;
    };
    for (Poco::TextIterator it(name, utf8), end(name); it != end; ++it) {
        const int cp = *it;
        const bool cjk = (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                         (cp == 0x00B7 && chars > 0);
        if (!cjk) {
            close();
            continue;
        }
        unsigned char bytes[4];
        const int n = utf8.convert(cp, bytes, sizeof bytes);
        run.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(n));
        ++chars;
    }
    close();
    return runs;
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
        names_.insert(s.name);
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
    const auto name = baseName(path);
    std::vector<std::pair<const domain::Student*, std::string>> hits;
    if (const auto it = manifest_.find(lower(name)); it != manifest_.end()) {
        for (const auto* s : lookup(it->second.first, it->second.second)) {
            hits.emplace_back(s, "manifest");
        }
    } else if (!cameraFileName(name)) {
        for (const auto& candidate : candidateKeys(name)) {
            for (auto k : order_) {
                for (const auto* s : lookup(k, candidate)) {
                    hits.emplace_back(s, std::string(toCode(k)));
                }
            }
        }
    }
    std::vector<const domain::Student*> distinct;
    for (const auto& h : hits) {
        if (std::find(distinct.begin(), distinct.end(), h.first) == distinct.end()) {
            distinct.push_back(h.first);
        }
    }
    if (distinct.empty()) {
        return m;
    }
    if (distinct.size() > 1) {
        m.result = PhotoMatch::Result::Ambiguous;
        for (const auto* s : distinct) {
            m.detail += (m.detail.empty() ? "" : ", ") + s->studentNo + " " + s->name;
        }
        return m;
    }
    m.student = distinct.front();
    m.matchedBy = hits.front().second;
    m.result = PhotoMatch::Result::Matched;
    // 张三_2021020.jpg, where 张三 is another student of the roster: the photo may well be
    // 张三's, so it is not given to 2021020. (Other words, 照片 or 证件照, are no evidence.)
    for (const auto& written : cjkRuns(name)) {
        if (written != m.student->name && names_.count(written) > 0) {
            m.result = PhotoMatch::Result::NameMismatch;
            m.detail = written;
            break;
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
