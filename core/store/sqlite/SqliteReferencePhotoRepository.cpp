#include "SqliteReferencePhotoRepository.h"

#include "Rows.h"

#include <Poco/Data/Binding.h>

namespace gp::store {

using domain::ReferencePhoto;
using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

domain::ReferencePhotoId SqliteReferencePhotoRepository::add(ReferencePhoto& p) {
    db_.session() << "INSERT INTO reference_photos(student_id, kind, sha256, source_name, "
                     "byte_size, format, width, height, exif_orientation, imported_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        bind(static_cast<Poco::Int64>(p.studentId)), bind(std::string(domain::toCode(p.kind))),
        bind(p.sha256), bind(p.sourceName), bind(static_cast<Poco::Int64>(p.byteSize)),
        bind(p.image.format), bind(p.image.width), bind(p.image.height),
        bind(p.image.exifOrientation), bind(p.importedAt), now;
    p.id = db_.lastInsertId();
    return p.id;
}

std::vector<ReferencePhoto> SqliteReferencePhotoRepository::of(domain::StudentId student,
                                                               domain::ReferenceKind kind) {
    Poco::Data::Statement st(db_.session());
    st << "SELECT id, student_id, kind, sha256, source_name, byte_size, format, width, height, "
          "exif_orientation, imported_at FROM reference_photos "
          "WHERE student_id = ? AND kind = ? ORDER BY id DESC",
        bind(static_cast<Poco::Int64>(student)), bind(std::string(domain::toCode(kind)));
    std::vector<ReferencePhoto> out;
    forEachRow(st, [&](const Row& r) {
        ReferencePhoto p;
        p.id = r.integer("id");
        p.studentId = r.integer("student_id");
        p.kind = domain::referenceKindFromCode(r.text("kind")).value_or(kind);
        p.sha256 = r.text("sha256");
        p.sourceName = r.text("source_name");
        p.byteSize = static_cast<std::uintmax_t>(r.integer("byte_size"));
        p.image.format = r.text("format");
        p.image.width = static_cast<int>(r.integer("width"));
        p.image.height = static_cast<int>(r.integer("height"));
        p.image.exifOrientation = static_cast<int>(r.integer("exif_orientation"));
        p.importedAt = r.text("imported_at");
        out.push_back(std::move(p));
    });
    return out;
}

std::size_t SqliteReferencePhotoRepository::count(domain::ReferenceKind kind) {
    Poco::Int64 n = 0;
    db_.session() << "SELECT COUNT(*) FROM reference_photos WHERE kind = ?",
        bind(std::string(domain::toCode(kind))), into(n), now;
    return static_cast<std::size_t>(n);
}

} // namespace gp::store
