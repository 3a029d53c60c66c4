#include "SqlitePhotoVersionRepository.h"

#include "Rows.h"

#include <Poco/Data/Binding.h>

namespace gp::store {

using domain::PhotoVersion;
using Poco::Data::Keywords::bind;

namespace {

const char* const kColumns = "id, student_id, version, sha256, source_name, byte_size, format, "
                             "width, height, exif_orientation, imported_at";

PhotoVersion readPhoto(const Row& r) {
    PhotoVersion p;
    p.id = r.integer("id");
    p.studentId = r.integer("student_id");
    p.version = static_cast<int>(r.integer("version"));
    p.sha256 = r.text("sha256");
    p.sourceName = r.text("source_name");
    p.byteSize = static_cast<std::uintmax_t>(r.integer("byte_size"));
    p.image.format = r.text("format");
    p.image.width = static_cast<int>(r.integer("width"));
    p.image.height = static_cast<int>(r.integer("height"));
    p.image.exifOrientation = static_cast<int>(r.integer("exif_orientation"));
    p.importedAt = r.text("imported_at");
    return p;
}

} // namespace

domain::SubmissionId SqlitePhotoVersionRepository::add(PhotoVersion& p) {
    p.version = static_cast<int>(
        queryInteger(db_.session(), "SELECT MAX(version) FROM photo_versions WHERE student_id = " +
                                        std::to_string(p.studentId)) +
        1);
    Poco::Data::Statement st(db_.session());
    st << "INSERT INTO photo_versions(student_id, version, sha256, source_name, byte_size, "
          "format, width, height, exif_orientation, imported_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        bind(static_cast<Poco::Int64>(p.studentId)), bind(p.version), bind(p.sha256),
        bind(p.sourceName), bind(static_cast<Poco::Int64>(p.byteSize)), bind(p.image.format),
        bind(p.image.width), bind(p.image.height), bind(p.image.exifOrientation),
        bind(p.importedAt);
    st.execute();
    p.id = db_.lastInsertId();
    return p.id;
}

std::vector<PhotoVersion> SqlitePhotoVersionRepository::select(const std::string& tail,
                                                               Poco::Int64 intKey,
                                                               const std::string& textKey) {
    Poco::Data::Statement st(db_.session());
    st << "SELECT " << kColumns << " FROM photo_versions " << tail;
    if (textKey.empty()) {
        st, bind(intKey);
    } else {
        st, bind(textKey);
    }
    std::vector<PhotoVersion> out;
    forEachRow(st, [&](const Row& r) { out.push_back(readPhoto(r)); });
    return out;
}

std::optional<PhotoVersion> SqlitePhotoVersionRepository::byId(domain::SubmissionId id) {
    auto rows = select("WHERE id = ?", id, "");
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

std::optional<PhotoVersion> SqlitePhotoVersionRepository::latestOf(domain::StudentId student) {
    auto rows = select("WHERE student_id = ? ORDER BY version DESC LIMIT 1", student, "");
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

std::vector<PhotoVersion> SqlitePhotoVersionRepository::versionsOf(domain::StudentId student) {
    return select("WHERE student_id = ? ORDER BY version", student, "");
}

std::vector<PhotoVersion> SqlitePhotoVersionRepository::bySha256(const std::string& sha256) {
    return select("WHERE sha256 = ? ORDER BY id", 0, sha256);
}

std::size_t SqlitePhotoVersionRepository::count() {
    return static_cast<std::size_t>(
        queryInteger(db_.session(), "SELECT COUNT(*) FROM photo_versions"));
}

SqlitePhotoVersionRepository::OriginalsTotals SqlitePhotoVersionRepository::originalsTotals() {
    using Poco::Data::Keywords::into;
    using Poco::Data::Keywords::now;
    Poco::Int64 files = 0;
    Poco::Int64 bytes = 0;
    db_.session() << "SELECT COUNT(*), IFNULL(SUM(size), 0) FROM (SELECT sha256, MAX(byte_size) "
                     "AS size FROM (SELECT sha256, byte_size FROM photo_versions UNION ALL "
                     "SELECT sha256, byte_size FROM reference_photos) GROUP BY sha256)",
        into(files), into(bytes), now;
    return {static_cast<std::size_t>(files), static_cast<std::uintmax_t>(bytes)};
}

bool SqlitePhotoVersionRepository::isReferenced(const std::string& sha256) {
    using Poco::Data::Keywords::into;
    using Poco::Data::Keywords::now;
    Poco::Int64 n = 0;
    db_.session() << "SELECT (SELECT COUNT(*) FROM photo_versions WHERE sha256 = ?) + "
                     "(SELECT COUNT(*) FROM reference_photos WHERE sha256 = ?)",
        bind(sha256), bind(sha256), into(n), now;
    return n > 0;
}

} // namespace gp::store
