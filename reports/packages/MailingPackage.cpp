#include "MailingPackage.h"

#include "ApprovedPhotos.h"
#include "BatchNumbers.h"
#include "MailingDocuments.h"
#include "PackageOptions.h"
#include "PackageStatus.h"
#include "ProblemsTable.h"
#include "StoredPhotoBytes.h"
#include "TemplateFile.h"
#include "ZipWriter.h"
#include "core/common/UserError.h"
#include "core/imaging/ImageDecoder.h"
#include "core/store/CampaignSettings.h"
#include "core/store/Transaction.h"
#include "reports/ReportOutput.h"
#include "reports/SafeFileName.h"
#include "reports/XlsxWorkbook.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace gp::reports {
namespace {

struct CenterMailing {
    domain::Center center;
    std::string batchNumber;
    std::vector<const ApprovedPhoto*> members;
};

std::string missingDetails(const TemplateFile& t, const domain::Center& c) {
    std::string missing;
    const auto add = [&](bool absent, const char* key) {
        if (absent) {
            missing += (missing.empty() ? "" : t.text("messages.list_separator")) +
                       t.text(std::string("messages.") + key);
        }
    };
    add(c.contact.empty(), "missing_contact");
    add(c.phone.empty(), "missing_phone");
    add(c.address.empty(), "missing_address");
    return missing;
}

std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

} // namespace

MailingPackage::MailingPackage(std::filesystem::path templatesDir)
    : templates_(std::move(templatesDir)) {}

ReportResult MailingPackage::run(store::Workspace& workspace, const ReportRequest& request) {
    ReportOutput output(request.outputDir); // unwritable: UserError before any work
    const auto tmpl = TemplateFile::load(templates_ / "reports" / "mailing.json");
    const PrintSheetLayout layout(tmpl);
    const bool includeMailed = flagOption(request, "include-mailed");
    const auto msg = [&](const std::string& code, const TextValues& values = {}) {
        return fillText(tmpl.text("messages." + code), values);
    };

    auto& store = workspace.store();
    ApprovalScan scan;
    std::set<std::pair<domain::StudentId, domain::SubmissionId>> alreadyMailed;
    std::map<domain::CenterId, domain::Center> centers;
    std::string workspaceName = workspace.name();
    const std::string sender = workspace.store()
                                   .settings()
                                   .get(gp::store::CampaignSettings::kSender)
                                   .value_or(workspaceName);
    {
        store::Transaction read(store, store::Transaction::Kind::Read);
        const auto center = requestedCenter(store, request);
        scan = findApprovedPhotos(store, center ? std::optional(center->id) : std::nullopt);
        for (const auto& batch : store.batches().list(domain::BatchKind::Mailing)) {
            for (const auto& m : batch.members) {
                alreadyMailed.insert({m.studentId, m.submissionId});
            }
        }
        for (auto& c : store.centers().all()) {
            centers[c.id] = std::move(c);
        }
        read.commit();
    }
    const auto centerName = [&](domain::CenterId id) {
        const auto it = centers.find(id);
        return it == centers.end() ? msg("no_center") : it->second.name;
    };

    ReportResult result;
    for (const auto& s : scan.statusMismatch) {
        result.problems.push_back(
            {s.studentNo, centerName(s.centerId),
             msg("status_mismatch", {{"status", std::string(domain::toCode(s.status))}})});
    }

    // Who goes to which center, by center name.
    std::map<std::string, std::vector<const ApprovedPhoto*>> byCenter;
    std::size_t skippedMailed = 0;
    for (const auto& a : scan.approved) {
        if (!includeMailed && alreadyMailed.count({a.student.id, a.photo.id}) > 0) {
            ++skippedMailed;
            continue;
        }
        if (centers.count(a.student.centerId) == 0) {
            result.problems.push_back(
                {a.student.studentNo, msg("no_center"), msg("student_without_center")});
            continue;
        }
        byCenter[centers.at(a.student.centerId).name].push_back(&a);
    }
    std::size_t total = 0;
    for (const auto& [name, members] : byCenter) {
        total += members.size();
    }

    const int utcOffset = static_cast<int>(
        TemplateFile::load(templates_ / "reports" / "common.json").number("utcOffsetMinutes"));
    BatchNumbers numbers(store.batches(), domain::BatchKind::Mailing, tmpl.text("batch_prefix"),
                         workspace.clock(), utcOffset);
    std::vector<CenterMailing> mailings;
    std::size_t done = 0;
    std::size_t pagesTotal = 0;
    const auto date = workspace.clock().localDate(utcOffset);
    for (const auto& [name, members] : byCenter) {
        const auto& center = centers.at(members.front()->student.centerId);
        if (!center.hasMailingDetails()) {
            result.problems.push_back(
                {"", center.name,
                 msg("center_without_address", {{"missing", missingDetails(tmpl, center)}})});
            done += members.size();
            continue;
        }
        CenterMailing mailing{center, {}, {}};
        std::vector<ReportProblem> centerProblems;
        std::vector<SheetPhoto> photos;
        for (const auto* a : members) {
            if (request.progress && !request.progress(done, total)) {
                result.cancelled = true;
                return result;
            }
            ++done;
            const auto& s = a->student;
            auto bytes = readStoredPhoto(workspace.photos(), a->photo.sha256);
            if (!bytes) {
                centerProblems.push_back({s.studentNo, center.name,
                                          msg("photo_missing", {{"sha256", a->photo.sha256}})});
                continue;
            }
            try {
                (void)imaging::decodeImage(*bytes);
            } catch (const UserError& e) {
                centerProblems.push_back(
                    {s.studentNo, center.name, msg("undecodable", {{"detail", e.what()}})});
                continue;
            }
            const bool embed =
                a->photo.image.format == "jpeg" && a->photo.image.exifOrientation <= 1;
            photos.push_back({s.name, s.studentNo, std::move(*bytes), embed});
            mailing.members.push_back(a);
        }
        result.problems.insert(result.problems.end(), centerProblems.begin(), centerProblems.end());
        if (mailing.members.empty()) {
            continue; // nothing to mail; the problems say why
        }
        mailing.batchNumber = numbers.next(); // numbered only when there is something to mail
        const auto pages = layout.pagesFor(photos.size());
        pagesTotal += pages;
        const TextValues values{{"center", center.name},
                                {"contact", center.contact},
                                {"phone", center.phone},
                                {"address", center.address},
                                {"postcode", center.postcode},
                                {"batch", mailing.batchNumber},
                                {"date", date},
                                {"photos", std::to_string(photos.size())},
                                {"pages", std::to_string(pages)},
                                {"workspace", workspaceName},
                                {"sender", sender}};

        // The packing list, written to the staging folder, then taken into the zip.
        const auto listName = "." + mailing.batchNumber + "-list.xlsx";
        const auto listPath = output.stage(listName);
        {
            XlsxWorkbook book(listPath, tmpl.text("entries.packing_list"), workspace.clock());
            std::vector<XlsxColumn> columns;
            for (const auto& h : tmpl.texts("packing_list.columns")) {
                columns.push_back({h, 40});
            }
            auto& table = book.addTable(tmpl.text("packing_list.sheet"), columns);
            for (std::size_t i = 0; i < mailing.members.size(); ++i) {
                const auto& s = mailing.members[i]->student;
                table.count(i + 1)
                    .text(s.studentNo)
                    .text(s.name)
                    .text(s.idNumber)
                    .text(s.level)
                    .text(s.major)
                    .number(mailing.members[i]->photo.version)
                    .count(i / layout.perPage() + 1)
                    .skip()
                    .endRow();
            }
            addProblemsSheet(book, tmpl.text("packing_list.problems_sheet"),
                             tmpl.texts("packing_list.problem_columns"), centerProblems);
            book.close();
        }
        const auto zipName =
            fillText(tmpl.text("zip_name"),
                     {{"batch", mailing.batchNumber}, {"center", safeFileName(center.name)}});
        ZipWriter zip(output.stage(zipName), workspace.clock().localWallClock(utcOffset));
        zip.add(tmpl.text("entries.cover"), coverPdf(tmpl, values));
        zip.add(tmpl.text("entries.label"), labelPdf(tmpl, values));
        zip.add(tmpl.text("entries.sheets"), printSheetsPdf(tmpl, layout, values, photos));
        zip.add(tmpl.text("entries.packing_list"), readFile(listPath));
        zip.close();
        std::filesystem::remove(listPath);
        mailings.push_back(std::move(mailing));
    }
    if (request.progress && !request.progress(total, total)) {
        result.cancelled = true;
        return result;
    }
    if (!result.problems.empty()) {
        const auto name = output.unusedName(fillText(
            tmpl.text("problems_name"), {{"stamp", workspace.clock().localStamp(utcOffset)}}));
        XlsxWorkbook book(output.stage(name), name, workspace.clock());
        addProblemsSheet(book, tmpl.text("packing_list.problems_sheet"),
                         tmpl.texts("packing_list.problem_columns"), result.problems);
        book.close();
    }

    // Record the batches and publish the files together: if either fails, neither happens.
    store::Transaction write(store);
    for (const auto& m : mailings) {
        requireUnusedNumber(store.batches(), m.batchNumber);
    }
    std::size_t photosMailed = 0;
    for (const auto& m : mailings) {
        domain::Batch batch;
        batch.kind = domain::BatchKind::Mailing;
        batch.number = m.batchNumber;
        batch.centerId = m.center.id;
        batch.createdAt = workspace.clock().nowIso();
        batch.createdBy = request.createdBy;
        batch.outputPath = output.folder().string();
        for (const auto* a : m.members) {
            batch.members.push_back({a->student.id, a->photo.id});
        }
        store.batches().create(batch);
        refreshMemberStatuses(store, batch, workspace.profileId());
        photosMailed += m.members.size();
        result.batchNumber += (result.batchNumber.empty() ? "" : ",") + m.batchNumber;
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
    result.counts["centers"] = mailings.size();
    result.counts["photos"] = photosMailed;
    result.counts["pages"] = pagesTotal;
    result.counts["already_mailed"] = skippedMailed;
    result.counts["problems"] = result.problems.size();
    return result;
}

} // namespace gp::reports
