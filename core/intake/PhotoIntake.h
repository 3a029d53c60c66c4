// Photos into the workspace: each file of a folder or zip matched to a student by its name (or
// a manifest), checked to be a usable image, stored once under its hash, and recorded as a new
// photo version (or reference photo). Whatever cannot be imported is reported with its reason,
// never silently skipped.
#pragma once

#include "../domain/ReferencePhoto.h"
#include "../imaging/ImageProbe.h"
#include "../store/Workspace.h"
#include "photos/PhotoSource.h"

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gp::intake {

enum class PhotoKind { Submission, Enrollment, IdCard };
std::string_view toCode(PhotoKind k); ///< submission, enrollment, id-card
std::optional<PhotoKind> photoKindFromCode(std::string_view code);

/// What a file name (or manifest key) is matched against, in the order given.
enum class MatchKey { StudentNo, IdNumber, ExamNo, CollectionCode };
std::string_view toCode(MatchKey k); ///< student-no, id-number, exam-no, collection-code
std::optional<MatchKey> matchKeyFromCode(std::string_view code);

struct PhotoIntakeRequest {
    std::filesystem::path source; ///< a folder or a .zip
    PhotoKind kind = PhotoKind::Submission;
    std::vector<MatchKey> matchBy{MatchKey::StudentNo, MatchKey::IdNumber, MatchKey::ExamNo,
                                  MatchKey::CollectionCode};
    /// Optional: an xlsx/xls/csv listing a key column (学号 / 身份证号 / 考生号 / 采集码) and
    /// a file-name column (文件名 / 照片文件名 / 照片); files it lists are matched by it.
    std::filesystem::path manifest;
    std::filesystem::path columnsFile; ///< templates/roster-columns.json, for manifest headers
    imaging::ImageLimits limits;
    ZipLimits zipLimits;
    /// Called after each file with (done, total); return false to stop (what was committed
    /// stays; a rerun skips it as unchanged).
    std::function<bool(std::size_t, std::size_t)> progress;
};

enum class PhotoOutcome { NewVersion, Unchanged, Refused };

struct PhotoIntakeItem {
    std::string path; ///< inside the folder or zip
    PhotoOutcome outcome = PhotoOutcome::Refused;
    std::string studentNo; ///< when matched
    std::string studentName;
    std::string matchedBy; ///< student-no, id-number, exam-no, collection-code, manifest
    int version = 0;       ///< the new version's number (submissions)
    std::string sha256;
    std::string format; ///< jpeg, png, heif, ...
    int width = 0;
    int height = 0;
    int exifOrientation = 1;
    std::string problemCode; ///< templates/intake-messages.json, when refused
    std::string detail;      ///< e.g. the other student's 学号 for same_bytes_other_student
};

struct PhotoIntakeResult {
    std::filesystem::path source;
    PhotoKind kind = PhotoKind::Submission;
    std::vector<PhotoIntakeItem> items; ///< in source order
    bool stopped = false;               ///< progress() asked to stop

    std::size_t count(PhotoOutcome outcome) const;
    std::size_t matched() const;   ///< new versions + unchanged
    std::size_t unmatched() const; ///< refused as no_matching_student
    /// Refused files per problem code.
    std::map<std::string, std::size_t> refusedByReason() const;
};

/// Imports the photos. Throws UserError when the source as a whole is unusable (missing, not
/// a folder or zip, a zip bomb) or the manifest cannot be read; per-file problems are items.
PhotoIntakeResult importPhotos(store::Workspace& workspace, const PhotoIntakeRequest& request);

} // namespace gp::intake
