#include "SqliteFaceRepository.h"

#include "Rows.h"

#include <Poco/Data/Binding.h>
#include <Poco/Data/LOB.h>
#include <Poco/Nullable.h>

#include <cstring>

namespace gp::store {

using domain::FaceComparison;
using domain::FaceDescriptor;
using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

namespace {

// Descriptors are stored as their raw float bytes (little-endian on every supported machine).
Poco::Data::BLOB toBlob(const std::vector<float>& values) {
    return Poco::Data::BLOB(reinterpret_cast<const unsigned char*>(values.data()),
                            values.size() * sizeof(float));
}

std::vector<float> fromBlob(const Poco::Data::BLOB& blob) {
    std::vector<float> values(blob.size() / sizeof(float));
    if (!values.empty()) {
        std::memcpy(values.data(), blob.rawContent(), values.size() * sizeof(float));
    }
    return values;
}

Poco::Nullable<double> nullable(const std::optional<double>& v) {
    return v ? Poco::Nullable<double>(*v) : Poco::Nullable<double>();
}

} // namespace

void SqliteFaceRepository::saveDescriptor(const FaceDescriptor& d) {
    db_.session() << "INSERT OR REPLACE INTO face_descriptors(sha256, model_id, face_count, "
                     "descriptor, box_x, box_y, box_width, box_height, note, computed_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        bind(d.sha256), bind(d.modelId), bind(d.faceCount), bind(toBlob(d.descriptor)),
        bind(d.box.x), bind(d.box.y), bind(d.box.width), bind(d.box.height), bind(d.note),
        bind(d.computedAt), now;
}

std::optional<FaceDescriptor> SqliteFaceRepository::descriptor(const std::string& sha256,
                                                               const std::string& modelId) {
    FaceDescriptor d;
    Poco::Data::BLOB blob;
    Poco::Data::Statement st(db_.session());
    st << "SELECT face_count, descriptor, box_x, box_y, box_width, box_height, note, "
          "computed_at FROM face_descriptors WHERE sha256 = ? AND model_id = ?",
        bind(sha256), bind(modelId), into(d.faceCount), into(blob), into(d.box.x), into(d.box.y),
        into(d.box.width), into(d.box.height), into(d.note), into(d.computedAt);
    if (st.execute() == 0) {
        return std::nullopt;
    }
    d.sha256 = sha256;
    d.modelId = modelId;
    d.descriptor = fromBlob(blob);
    return d;
}

std::size_t SqliteFaceRepository::countDescriptors() {
    return static_cast<std::size_t>(
        queryInteger(db_.session(), "SELECT COUNT(*) FROM face_descriptors"));
}

void SqliteFaceRepository::saveComparison(FaceComparison& c) {
    const auto photo = static_cast<Poco::Int64>(c.submissionId);
    const auto reference = static_cast<Poco::Int64>(c.referencePhotoId);
    SqliteDatabase::Savepoint unit(db_);
    if (reference != 0) {
        removeNoReference(c.submissionId);
    }
    db_.session() << "DELETE FROM face_comparisons WHERE photo_version_id = ? "
                     "AND ifnull(reference_photo_id, 0) = ? AND model_id = ?",
        bind(photo), bind(reference), bind(c.modelId), now;
    db_.session() << "INSERT INTO face_comparisons(photo_version_id, reference_photo_id, "
                     "model_id, state, distance, similarity, outcome, computed_at, note) "
                     "VALUES (?, NULLIF(?, 0), ?, ?, ?, ?, ?, ?, ?)",
        bind(photo), bind(reference), bind(c.modelId), bind(c.state), bind(nullable(c.distance)),
        bind(nullable(c.similarity)), bind(c.outcome), bind(c.computedAt), bind(c.note), now;
    c.id = db_.lastInsertId();
    unit.release();
}

std::size_t SqliteFaceRepository::removeNoReference(domain::SubmissionId photo) {
    const auto id = static_cast<Poco::Int64>(photo);
    Poco::Data::Statement st(db_.session());
    st << "DELETE FROM face_comparisons WHERE photo_version_id = ? AND state = 'no_reference'",
        bind(id);
    return st.execute();
}

std::vector<FaceComparison> SqliteFaceRepository::comparisonsOf(domain::SubmissionId photo) {
    Poco::Data::Statement st(db_.session());
    st << "SELECT id, photo_version_id, reference_photo_id, model_id, state, distance, "
          "similarity, outcome, computed_at, note FROM face_comparisons WHERE photo_version_id = ? "
          "ORDER BY id",
        bind(static_cast<Poco::Int64>(photo));
    std::vector<FaceComparison> out;
    forEachRow(st, [&](const Row& r) {
        FaceComparison c;
        c.id = r.integer("id");
        c.submissionId = r.integer("photo_version_id");
        c.referencePhotoId = r.integer("reference_photo_id");
        c.modelId = r.text("model_id");
        c.state = r.text("state");
        c.distance = r.real("distance");
        c.similarity = r.real("similarity");
        c.outcome = r.text("outcome");
        c.computedAt = r.text("computed_at");
        c.note = r.text("note");
        out.push_back(std::move(c));
    });
    return out;
}

std::size_t SqliteFaceRepository::countComparisons() {
    return static_cast<std::size_t>(
        queryInteger(db_.session(), "SELECT COUNT(*) FROM face_comparisons"));
}

} // namespace gp::store
