#include "UploadPackage.h"

#include "ApprovedPhotos.h"
#include "BatchNumbers.h"
#include "PackageOptions.h"
#include "PackageStatus.h"
#include "ProblemsTable.h"
#include "StoredPhotoBytes.h"
#include "TemplateFile.h"
#include "UploadCautions.h"
#include "UploadFileName.h"
#include "UploadPhotoFile.h"
#include "ZipParts.h"
#include "core/checks/PhotoProfile.h"
#include "core/common/Sha256.h"
#include "core/store/Transaction.h"
#include "reports/ReportOutput.h"
#include "reports/XlsxWorkbook.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace gp::reports {
namespace {

using Handling = UploadPhotoFile::Handling;

struct PackedPhoto {
    const ApprovedPhoto* approved = nullptr;
    std::string fileName;
    int part = 0;
    std::size_t bytes = 0;
    Handling kind = Handling::Copied;
    std::string handling; ///< as the manifest says it
    std::string sha256;   ///< of the file in the zip
};

std::string handlingText(const TemplateFile& tmpl, const UploadPhotoFile& file,
                         const TextValues& limits) {
    switch (file.handling) {
    case Handling::Copied:
        return tmpl.text("handling.copied");
    case Handling::DpiMarked:
        return fillText(tmpl.text("handling.dpi_marked"), limits);
    case Handling::Uprighted:
        return fillText(tmpl.text("handling.uprighted"),
                        {{"quality", std::to_string(file.quality)}});
    default:
        return fillText(tmpl.text("handling.reencoded"),
                        {{"quality", std::to_string(file.quality)}});
    }
}

std::string whole(double v) {
    return std::to_string(static_cast<long>(std::lround(v)));
}

} // namespace

UploadPackage::UploadPackage(std::filesystem::path templatesDir)
    : templates_(std::move(templatesDir)) {}

ReportResult UploadPackage::run(store::Workspace& workspace, const ReportRequest& request) {
    ReportOutput::requireWritable(request.outputDir); // unwritable: UserError before any work
    const auto tmpl = TemplateFile::load(templates_ / "reports" / "upload-package.json");
    const auto profile =
        checks::PhotoProfile::load(templates_ / "profiles" / (workspace.profileId() + ".json"));
    const auto maxFiles =
        positiveOption(request, "max-files", std::size_t(tmpl.number("max_files")));
    const double maxMb = positiveNumberOption(request, "max-mb", tmpl.number("max_mb"));
    const bool includePacked = flagOption(request, "include-packed");
    const auto nameIt = request.options.find("name");
    const UploadFileName naming(tmpl, nameIt == request.options.end() ? "" : nameIt->second,
                                profile.text("file.extension"));
    ReportOutput output(request.outputDir); // made once the options are known to be good
    const int maxQuality = static_cast<int>(tmpl.number("reencode_max_quality"));

    auto& store = workspace.store();
    const auto checkNames = review::CheckNames::load(templates_ / "check-names.json");
    std::map<domain::StudentId, std::vector<std::string>> cautions;
    ApprovalScan scan;
    std::set<std::pair<domain::StudentId, domain::SubmissionId>> alreadyPacked;
    std::map<domain::CenterId, std::string> centerNames;
    {
        store::Transaction read(store, store::Transaction::Kind::Read);
        const auto center = requestedCenter(store, request);
        scan = findApprovedPhotos(store, center ? std::optional(center->id) : std::nullopt);
        for (const auto& a : scan.approved) {
            auto found = uploadCautions(store, a, workspace.profileId(), checkNames, tmpl);
            if (!found.empty()) {
                cautions[a.student.id] = std::move(found);
            }
        }
        for (const auto& batch : store.batches().list(domain::BatchKind::Upload)) {
            for (const auto& m : batch.members) {
                alreadyPacked.insert({m.studentId, m.submissionId});
            }
        }
        for (const auto& c : store.centers().all()) {
            centerNames[c.id] = c.name;
        }
        read.commit();
    }
    const auto msg = [&](const std::string& code, const TextValues& values = {}) {
        return fillText(tmpl.text("messages." + code), values);
    };
    const auto centerOf = [&](const domain::Student& s) {
        const auto it = centerNames.find(s.centerId);
        return it == centerNames.end() ? msg("no_center") : it->second;
    };

    ReportResult result;
    for (const auto& s : scan.statusMismatch) {
        result.problems.push_back(
            {s.studentNo, centerOf(s),
             msg("status_mismatch", {{"status", std::string(domain::toCode(s.status))}})});
    }

    const int utcOffset = static_cast<int>(
        TemplateFile::load(templates_ / "reports" / "common.json").number("utcOffsetMinutes"));
    BatchNumbers numbers(store.batches(), domain::BatchKind::Upload, tmpl.text("batch_prefix"),
                         workspace.clock(), utcOffset);
    const auto batchNumber = numbers.next();
    ZipParts parts(
        [&](int part) {
            char digits[8];
            std::snprintf(digits, sizeof digits, "%02d", part);
            auto name =
                fillText(tmpl.text("part_name"), {{"batch", batchNumber}, {"part", digits}});
            auto path = output.stage(name);
            return std::make_pair(name, path);
        },
        maxFiles, static_cast<std::uintmax_t>(maxMb * 1024 * 1024),
        workspace.clock().localWallClock(utcOffset));

    const auto band = profile.band("file.size_kb");
    const TextValues limits{{"width", whole(profile.number("file.width_px"))},
                            {"height", whole(profile.number("file.height_px"))},
                            {"min_quality", whole(profile.number("file.min_jpeg_quality"))},
                            {"max_quality", std::to_string(maxQuality)},
                            {"min_kb", whole(band.min)},
                            {"max_kb", whole(band.max)},
                            {"dpi", whole(profile.number("file.dpi"))}};

    std::vector<PackedPhoto> packed;
    std::map<std::string, std::string> namesTaken; // file name → 学号
    std::size_t skippedPacked = 0;
    const auto total = scan.approved.size();
    std::size_t done = 0;
    for (const auto& a : scan.approved) {
        if (request.progress && !request.progress(done, total)) {
            result.cancelled = true;
            return result; // the staging folder goes with output
        }
        ++done;
        const auto& s = a.student;
        if (!includePacked && alreadyPacked.count({s.id, a.photo.id}) > 0) {
            ++skippedPacked;
            continue;
        }
        const auto problem = [&](const std::string& code, TextValues values) {
            values.insert(limits.begin(), limits.end());
            result.problems.push_back({s.studentNo, centerOf(s), msg(code, values)});
        };
        const auto named = naming.nameFor(s);
        if (!named.missingField.empty()) {
            problem("no_file_name", {{"rule", naming.pattern()}, {"field", named.missingField}});
            continue;
        }
        if (named.unsafe) {
            problem("bad_file_name", {{"name", named.name}});
            continue;
        }
        if (const auto it = namesTaken.find(named.name); it != namesTaken.end()) {
            problem("duplicate_file_name", {{"name", named.name}, {"other", it->second}});
            continue;
        }
        auto original = readStoredPhoto(workspace.photos(), a.photo.sha256);
        if (!original) {
            problem("photo_missing", {{"sha256", a.photo.sha256}});
            continue;
        }
        auto file = prepareUploadFile(std::move(*original), profile, maxQuality,
                                      a.photo.image.exifOrientation);
        if (file.handling == Handling::Refused) {
            problem(file.problemCode, {{"detail", file.detail}});
            continue;
        }
        namesTaken[named.name] = s.studentNo;
        if (const auto it = cautions.find(s.id); it != cautions.end()) {
            for (const auto& text : it->second) {
                result.problems.push_back({s.studentNo, centerOf(s), text});
            }
        }
        PackedPhoto p;
        p.approved = &a;
        p.fileName = named.name;
        p.bytes = file.bytes.size();
        p.sha256 = sha256Hex(file.bytes);
        p.kind = file.handling;
        p.handling = handlingText(tmpl, file, limits);
        p.part = parts.add(named.name, file.bytes);
        packed.push_back(std::move(p));
    }
    const auto zipParts = parts.finish();
    if (request.progress && !request.progress(total, total)) {
        result.cancelled = true;
        return result;
    }
    if (packed.empty()) {
        result.problems.push_back({"", "", msg("nothing_to_pack")});
    }

    // The manifest (or, when nothing was packed, the problems alone).
    const auto manifestName =
        packed.empty()
            ? output.unusedName(fillText(tmpl.text("problems_name"),
                                         {{"stamp", workspace.clock().localStamp(utcOffset)}}))
            : fillText(tmpl.text("manifest_name"), {{"batch", batchNumber}});
    {
        XlsxWorkbook book(output.stage(manifestName), manifestName, workspace.clock());
        if (!packed.empty()) {
            std::vector<XlsxColumn> columns;
            for (const auto& h : tmpl.texts("manifest.photo_columns")) {
                columns.push_back({h, 40});
            }
            auto& photos = book.addTable(tmpl.text("manifest.photos_sheet"), columns);
            for (const auto& p : packed) {
                const auto& s = p.approved->student;
                photos.text(zipParts[std::size_t(p.part - 1)].name)
                    .text(p.fileName)
                    .text(s.studentNo)
                    .text(s.name)
                    .text(s.idNumber)
                    .text(s.examNo)
                    .text(s.collectionCode)
                    .text(centerOf(s))
                    .number(p.approved->photo.version)
                    .number(std::round(double(p.bytes) / 102.4) / 10.0)
                    .text(p.handling)
                    .text(p.sha256)
                    .endRow();
            }
            std::vector<XlsxColumn> partColumns;
            for (const auto& h : tmpl.texts("manifest.part_columns")) {
                partColumns.push_back({h, 40});
            }
            auto& partsSheet = book.addTable(tmpl.text("manifest.parts_sheet"), partColumns);
            for (const auto& z : zipParts) {
                partsSheet.text(z.name)
                    .count(z.files)
                    .number(std::round(double(z.bytes) / 1024.0 / 1024.0 * 100) / 100)
                    .endRow();
            }
        }
        addProblemsSheet(book, tmpl.text("manifest.problems_sheet"),
                         tmpl.texts("manifest.problem_columns"), result.problems);
        book.close();
    }

    // Record the batch and publish the files together: if either fails, neither happens.
    store::Transaction write(store);
    if (!packed.empty()) {
        requireUnusedNumber(store.batches(), batchNumber);
    }
    if (!packed.empty()) {
        domain::Batch batch;
        batch.kind = domain::BatchKind::Upload;
        batch.number = batchNumber;
        batch.createdAt = workspace.clock().nowIso();
        batch.createdBy = request.createdBy;
        batch.outputPath = output.folder().string();
        batch.note = std::to_string(zipParts.size()) + " zip";
        for (const auto& p : packed) {
            batch.members.push_back({p.approved->student.id, p.approved->photo.id});
        }
        store.batches().create(batch);
        refreshMemberStatuses(store, batch, workspace.profileId());
        result.batchNumber = batchNumber;
    }
    result.files = output.publish();
    try {
        write.commit();
    } catch (...) {
        for (const auto& f : result.files) {
            std::error_code ignored;
            std::filesystem::remove(f, ignored);
        }
        throw;
    }
    result.counts["approved"] = scan.approved.size();
    result.counts["photos"] = packed.size();
    result.counts["parts"] = zipParts.size();
    result.counts["already_packed"] = skippedPacked;
    result.counts["problems"] = result.problems.size();
    for (const auto& p : packed) {
        result.counts[p.kind == Handling::Copied      ? "copied"
                      : p.kind == Handling::DpiMarked ? "dpi_marked"
                      : p.kind == Handling::Uprighted ? "uprighted"
                                                      : "reencoded"] += 1;
    }
    return result;
}

} // namespace gp::reports
