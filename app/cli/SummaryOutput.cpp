#include "SummaryOutput.h"

#include <iomanip>
#include <sstream>

namespace gp::cli {

namespace {

std::string humanBytes(std::uintmax_t bytes) {
    const char* units[] = {"B", "KB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    std::ostringstream s;
    s << std::fixed << std::setprecision(unit == 0 ? 0 : 1) << value << ' ' << units[unit];
    return s.str();
}

std::string statusLabel(domain::StudentStatus s) {
    std::string code(domain::toCode(s));
    for (auto& c : code) {
        if (c == '_') {
            c = ' ';
        }
    }
    return code;
}

} // namespace

void printSummary(std::ostream& out, const store::WorkspaceSummary& s,
                  const std::string& profileName) {
    auto row = [&](const std::string& label, const auto& value, const std::string& tail = "") {
        out << "  " << std::left << std::setw(20) << label << std::right << std::setw(8) << value
            << tail << '\n';
    };
    out << "Workspace  " << s.root.string() << '\n'
        << "Name       " << s.name << '\n'
        << "Profile    " << s.profileId << (profileName.empty() ? "" : "  " + profileName) << '\n'
        << "Created    " << s.createdAt << (s.createdBy.empty() ? "" : " by " + s.createdBy) << '\n'
        << "Schema     " << s.schemaVersion << "\n\n";
    row("Centers", s.centers,
        s.centersMissingMailingDetails > 0
            ? "  (" + std::to_string(s.centersMissingMailingDetails) + " without mailing details)"
            : "");
    row("Students", s.students,
        "  on the roster, " + std::to_string(s.withdrawnStudents) + " withdrawn");
    for (const auto& [status, n] : s.studentsByStatus) {
        row("  " + statusLabel(status), n);
    }
    row("Photo versions", s.photoVersions);
    row("Enrollment photos", s.enrollmentPhotos);
    row("ID-card photos", s.idCardPhotos);
    row("Check runs", s.checkRuns);
    row("Face comparisons", s.faceComparisons);
    row("Decisions", s.decisions);
    row("Upload batches", s.uploadBatches);
    row("Mailing batches", s.mailingBatches);
    row("Stored photos", s.storedFiles, "  (" + humanBytes(s.storedBytes) + ")");
}

Poco::JSON::Object summaryToJson(const store::WorkspaceSummary& s) {
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("workspace", s.root.string());
    o.set("name", s.name);
    o.set("profile", s.profileId);
    o.set("created_at", s.createdAt);
    o.set("created_by", s.createdBy);
    o.set("schema_version", s.schemaVersion);
    o.set("centers", s.centers);
    o.set("centers_missing_mailing_details", s.centersMissingMailingDetails);
    o.set("students", s.students);
    o.set("withdrawn_students", s.withdrawnStudents);
    Poco::JSON::Object byStatus(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& [status, n] : s.studentsByStatus) {
        byStatus.set(std::string(domain::toCode(status)), n);
    }
    o.set("students_by_status", byStatus);
    o.set("photo_versions", s.photoVersions);
    o.set("enrollment_photos", s.enrollmentPhotos);
    o.set("id_card_photos", s.idCardPhotos);
    o.set("check_runs", s.checkRuns);
    o.set("face_comparisons", s.faceComparisons);
    o.set("decisions", s.decisions);
    o.set("upload_batches", s.uploadBatches);
    o.set("mailing_batches", s.mailingBatches);
    o.set("stored_photo_files", s.storedFiles);
    o.set("stored_photo_bytes", s.storedBytes);
    return o;
}

} // namespace gp::cli
