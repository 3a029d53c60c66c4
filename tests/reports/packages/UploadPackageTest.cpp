// The CHSI upload package, on a workspace built in code: who is packed (the decision log),
// how each file is made to meet the profile, names, part limits, the manifest read back, the
// upload batch and the Packed status, a second package, include-packed, problems and bad input.
#include "reports/packages/UploadPackage.h"

#include "PackageReading.h"
#include "PackageWorkspace.h"
#include "core/checks/PhotoProfile.h"
#include "core/checks/measures/ImageChecks.h"
#include "core/common/UserError.h"
#include "core/imaging/ImageDecoder.h"
#include "core/intake/roster/SheetTable.h"
#include "gradphoto/BuildInfo.h"
#include "reports/packages/ApprovedPhotos.h"
#include "tests/support/FixedCheckContext.h"

#include <gtest/gtest.h>

#include <map>

namespace gp::test {
namespace {

namespace fs = std::filesystem;
using domain::DecisionKind;
using domain::StudentStatus;

const fs::path kTemplates = fs::path(build::kSourceDir) / "templates";

struct Stored {
    domain::Student student;
    domain::PhotoVersion photo;
    std::string bytes;
};

class UploadPackageTest : public ::testing::Test {
protected:
    void SetUp() override {
        east_ = w_.addCenter("东区教学点", true);
        west_ = w_.addCenter("西区教学点", false);
        // Approved, in band, 300 dpi: copied byte for byte.
        s_["S001"] = approved("2026000001", east_, "610102199001011234", inBandJpeg(1));
        // Approved, in band, no dpi stated: the density is set, the image data is unchanged.
        s_["S002"] = approved("2026000002", east_, "610102199001021235", inBandJpeg(2, 0));
        // Approved, too large in bytes: re-encoded into the band.
        s_["S003"] = approved("2026000003", west_, "610102199001031236", tooLargeJpeg(3));
        // Approved, then a retake arrived: not approved any more.
        s_["S004"] = approved("2026000004", east_, "610102199001041237", inBandJpeg(4));
        w_.addPhoto(s_["S004"].student, inBandJpeg(40), 480, 640);
        // Rejected.
        s_["S005"] = photo("2026000005", east_, "610102199001051238", inBandJpeg(5));
        w_.decide(s_["S005"].photo, DecisionKind::Reject);
        // Approved, then the approval undone.
        s_["S006"] = photo("2026000006", west_, "610102199001061239", inBandJpeg(6));
        const auto a = w_.decide(s_["S006"].photo, DecisionKind::Approve);
        w_.decide(s_["S006"].photo, DecisionKind::Reversal, a.id);
        // Approved, but 600×800 pixels: a problem, never resized.
        s_["S007"] = approved("2026000007", west_, "61010219900107124X",
                              jpegBytes(portrait(600, 800, 4, 7), 80, 300), 600, 800);
        // Approved, but the stored file is gone.
        s_["S008"] = approved("2026000008", east_, "610102199001081240", inBandJpeg(8));
        removeStored(s_["S008"].photo.sha256);
        // Rejected, the rejection undone, then approved.
        s_["S009"] = photo("2026000009", east_, "610102199001091241", inBandJpeg(9));
        const auto r = w_.decide(s_["S009"].photo, DecisionKind::Reject);
        w_.decide(s_["S009"].photo, DecisionKind::Reversal, r.id);
        w_.decide(s_["S009"].photo, DecisionKind::Approve);
        // Approved, but no ID number to name the file by.
        s_["S010"] = approved("2026000010", east_, "", inBandJpeg(10));
    }

    Stored photo(const std::string& no, domain::CenterId center, const std::string& id,
                 const std::string& bytes, int width = 480, int height = 640) {
        Stored s;
        s.student = w_.addStudent(no, "学生" + no.substr(8), center, id);
        s.photo = w_.addPhoto(s.student, bytes, width, height);
        s.bytes = bytes;
        return s;
    }
    Stored approved(const std::string& no, domain::CenterId center, const std::string& id,
                    const std::string& bytes, int width = 480, int height = 640) {
        auto s = photo(no, center, id, bytes, width, height);
        w_.decide(s.photo, DecisionKind::Approve);
        return s;
    }
    void removeStored(const std::string& sha) {
        const auto file = w_.ws().photos().pathOf(sha);
        fs::permissions(file.parent_path(), fs::perms::owner_all, fs::perm_options::add);
        fs::remove(file);
    }

    reports::ReportResult run(std::map<std::string, std::string> options = {},
                              const fs::path& out = {}) {
        reports::ReportRequest request;
        request.outputDir = out.empty() ? w_.dir() / "out" : out;
        request.createdBy = "tester";
        request.options = std::move(options);
        return reports::UploadPackage(kTemplates).run(w_.ws(), request);
    }

    StudentStatus status(const std::string& key) {
        return w_.store().students().byId(s_[key].student.id)->status;
    }

    /// Every entry of every part, by name.
    std::map<std::string, std::string> entries(const reports::ReportResult& result) {
        std::map<std::string, std::string> all;
        for (const auto& f : result.files) {
            if (f.extension() == ".zip") {
                for (auto& e : readZip(f)) {
                    EXPECT_EQ(all.count(e.name), 0u) << e.name << " in two parts";
                    all[e.name] = std::move(e.bytes);
                }
            }
        }
        return all;
    }

    PackageWorkspace w_;
    domain::CenterId east_ = 0;
    domain::CenterId west_ = 0;
    std::map<std::string, Stored> s_;
};

TEST_F(UploadPackageTest, PacksTheApprovedLatestPhotosAsFilesThatMeetTheProfile) {
    const auto result = run({{"max-files", "3"}});
    EXPECT_EQ(result.batchNumber, "UP-20261121-01");
    EXPECT_EQ(result.counts.at("photos"), 4u);
    EXPECT_EQ(result.counts.at("parts"), 2u);
    EXPECT_EQ(result.counts.at("copied"), 2u); // S001 and S009
    EXPECT_EQ(result.counts.at("dpi_marked"), 1u);
    EXPECT_EQ(result.counts.at("reencoded"), 1u);

    const auto files = entries(result);
    std::vector<std::string> names;
    for (const auto& [name, bytes] : files) {
        names.push_back(name);
    }
    EXPECT_EQ(names,
              (std::vector<std::string>{"610102199001011234.jpg", "610102199001021235.jpg",
                                        "610102199001031236.jpg", "610102199001091241.jpg"}));
    // Byte for byte where the file met the rules.
    EXPECT_EQ(files.at("610102199001011234.jpg"), s_["S001"].bytes);
    EXPECT_EQ(files.at("610102199001091241.jpg"), s_["S009"].bytes);
    // Density set: one JFIF segment longer at most, the same pixels.
    const auto& marked = files.at("610102199001021235.jpg");
    EXPECT_LE(marked.size(), s_["S002"].bytes.size() + 18);
    EXPECT_EQ(cv::norm(imaging::decodeImage(marked), imaging::decodeImage(s_["S002"].bytes),
                       cv::NORM_INF),
              0.0);
    // Re-encoded: was above 40 KB, now in the band, same size in pixels, close in content.
    ASSERT_GT(s_["S003"].bytes.size(), 40u * 1024);
    const auto& smaller = files.at("610102199001031236.jpg");
    EXPECT_LE(smaller.size(), 40u * 1024);
    EXPECT_GE(smaller.size(), 20u * 1024);
    const auto before = imaging::decodeImage(s_["S003"].bytes);
    const auto after = imaging::decodeImage(smaller);
    ASSERT_EQ(after.size(), before.size());
    EXPECT_LT(cv::norm(before, after, cv::NORM_L1) / double(before.total() * 3), 8.0)
        << "mean absolute difference per channel";

    // Every file passes the profile's file checks, under the name it has in the zip.
    const auto profile = checks::PhotoProfile::load(kTemplates / "profiles" / "chsi-2017.json");
    std::vector<std::unique_ptr<checks::Check>> fileChecks;
    fileChecks.push_back(checks::makeFileFormatCheck());
    fileChecks.push_back(checks::makeFileExtensionCheck());
    fileChecks.push_back(checks::makeFilePixelSizeCheck());
    fileChecks.push_back(checks::makeFileColourCheck());
    fileChecks.push_back(checks::makeFileDpiCheck());
    fileChecks.push_back(checks::makeFileSizeCheck());
    fileChecks.push_back(checks::makeFileJpegQualityCheck());
    for (const auto& [name, bytes] : files) {
        FixedCheckContext context(profile);
        context.fileName_ = name;
        context.bytes_ = bytes;
        context.image_ = imaging::decodeImage(bytes);
        for (const auto& check : fileChecks) {
            const auto outcome = check->run(context);
            EXPECT_EQ(outcome.verdict, checks::Verdict::Pass)
                << name << " " << outcome.checkId << ": " << outcome.detail;
        }
    }

    // The batch and the statuses.
    const auto batch = w_.store().batches().byNumber("UP-20261121-01");
    ASSERT_TRUE(batch);
    EXPECT_EQ(batch->kind, domain::BatchKind::Upload);
    EXPECT_EQ(batch->createdBy, "tester");
    ASSERT_EQ(batch->members.size(), 4u);
    EXPECT_EQ(batch->members[0].submissionId, s_["S001"].photo.id);
    for (const auto* key : {"S001", "S002", "S003", "S009"}) {
        EXPECT_EQ(status(key), StudentStatus::Packed) << key;
    }
    for (const auto* key : {"S007", "S008", "S010"}) {
        EXPECT_EQ(status(key), StudentStatus::Approved) << key << " was not packed";
    }
    EXPECT_EQ(status("S005"), StudentStatus::Retake);
}

TEST_F(UploadPackageTest, PartsHoldAtMostMaxFilesAndMaxMegabytes) {
    auto result = run({{"max-files", "3"}});
    std::vector<std::size_t> counts;
    for (const auto& f : result.files) {
        if (f.extension() == ".zip") {
            counts.push_back(readZip(f).size());
        }
    }
    EXPECT_EQ(counts, (std::vector<std::size_t>{3, 1}));
    EXPECT_EQ(result.files[0].filename(), "UP-20261121-01-part01.zip");
    EXPECT_EQ(result.files[1].filename(), "UP-20261121-01-part02.zip");

    // 0.06 MB (62,914 bytes) holds one photo of 20–40 KB but never two.
    result = run({{"max-mb", "0.06"}, {"include-packed", "1"}});
    std::size_t parts = 0;
    for (const auto& f : result.files) {
        if (f.extension() == ".zip") {
            ++parts;
            EXPECT_LE(fs::file_size(f), 62914u) << f;
            EXPECT_EQ(readZip(f).size(), 1u) << f;
        }
    }
    EXPECT_EQ(parts, 4u);
}

TEST_F(UploadPackageTest, TheManifestListsPhotosPartsAndProblemsWithIdsAsText) {
    const auto result = run({{"max-files", "3"}});
    const auto manifest = w_.dir() / "out" / "UP-20261121-01-清单.xlsx";
    ASSERT_TRUE(fs::exists(manifest));
    const auto book = intake::readWorkbook(manifest);
    ASSERT_EQ(book.sheets.size(), 3u);
    const auto& photos = book.sheets[0];
    EXPECT_EQ(photos.name, "照片清单");
    ASSERT_EQ(photos.rows.size(), 5u);
    EXPECT_EQ(photos.rows[0][0].text, "分卷");
    EXPECT_EQ(photos.rows[0][4].text, "身份证号");
    EXPECT_EQ(photos.rows[1][0].text, "UP-20261121-01-part01.zip");
    EXPECT_EQ(photos.rows[1][1].text, "610102199001011234.jpg");
    EXPECT_EQ(photos.rows[1][2].text, "2026000001");
    EXPECT_EQ(photos.rows[1][4].kind, intake::SheetCell::Kind::Text);
    EXPECT_EQ(photos.rows[1][4].text, "610102199001011234");
    EXPECT_EQ(photos.rows[1][7].text, "东区教学点");
    EXPECT_EQ(photos.rows[1][10].text, "原样复制");
    EXPECT_EQ(photos.rows[4][0].text, "UP-20261121-01-part02.zip");
    EXPECT_EQ(photos.rows[3][10].text.rfind("重新压缩", 0), 0u) << photos.rows[3][10].text;
    const auto& parts = book.sheets[1];
    ASSERT_EQ(parts.rows.size(), 3u);
    EXPECT_EQ(parts.rows[1][1].number, 3);
    EXPECT_EQ(parts.rows[2][1].number, 1);
    const auto& problems = book.sheets[2];
    EXPECT_EQ(problems.name, "问题");
    ASSERT_EQ(problems.rows.size(), 4u);
    std::map<std::string, std::string> byStudent;
    for (std::size_t r = 1; r < problems.rows.size(); ++r) {
        byStudent[problems.rows[r][0].text] = problems.rows[r][2].text;
    }
    EXPECT_NE(byStudent["2026000007"].find("600×800"), std::string::npos);
    EXPECT_NE(byStudent["2026000007"].find("不做缩放"), std::string::npos);
    EXPECT_NE(byStudent["2026000008"].find("照片库"), std::string::npos);
    EXPECT_NE(byStudent["2026000010"].find("身份证号"), std::string::npos);
    EXPECT_EQ(result.problems.size(), 3u);
}

TEST_F(UploadPackageTest, OverriddenChecksAndDuplicatesArePackedButListedAsProblems) {
    // S001 approved although its photo failed two checks; S002 and S003 share a face.
    domain::CheckRun failed;
    failed.submissionId = s_["S001"].photo.id;
    failed.profileId = w_.ws().profileId();
    failed.profileVersion = 1;
    failed.engineVersion = "test";
    failed.verdict = "fail";
    failed.startedAt = failed.finishedAt = "2026-11-21T08:00:00.000Z";
    failed.results.push_back({"file.size", "pass", "{}", "", "", "[]"});
    failed.results.push_back({"framing.head_top", "fail", "{}", "", "head_too_high", "[]"});
    failed.results.push_back({"pose.yaw", "fail", "{}", "", "not_facing_camera", "[]"});
    w_.store().checkRuns().save(failed);
    domain::DuplicateFlag a;
    a.studentId = s_["S002"].student.id;
    a.otherStudentId = s_["S003"].student.id;
    a.kind = "same_face";
    a.photoVersionId = s_["S002"].photo.id;
    a.otherPhotoVersionId = s_["S003"].photo.id;
    a.closeness = 0.3;
    a.foundAt = "2026-11-21T08:00:00.000Z";
    auto b = a;
    std::swap(b.studentId, b.otherStudentId);
    std::swap(b.photoVersionId, b.otherPhotoVersionId);
    w_.store().duplicates().replaceAll({a, b});

    const auto result = run();
    std::map<std::string, std::vector<std::string>> byStudent;
    for (const auto& p : result.problems) {
        byStudent[p.studentNo].push_back(p.message);
    }
    ASSERT_EQ(byStudent["2026000001"].size(), 1u);
    EXPECT_EQ(byStudent["2026000001"][0],
              "已打包，但自动检测未通过（头顶位置、左右转头），由审核员 审核员甲 人工通过。"
              "上传学信网前请再核对这张照片。");
    ASSERT_EQ(byStudent["2026000002"].size(), 1u);
    EXPECT_EQ(byStudent["2026000002"][0], "已打包，但与学号 2026000003 的照片疑似同一人。"
                                          "上传前请核实身份，避免一人照片用于两名学生。");
    ASSERT_EQ(byStudent["2026000003"].size(), 1u);
    EXPECT_NE(byStudent["2026000003"][0].find("2026000002"), std::string::npos);
    // Still packed: the reviewer approved them.
    const auto files = entries(result);
    EXPECT_EQ(files.count("610102199001011234.jpg"), 1u);
    EXPECT_EQ(files.count("610102199001021235.jpg"), 1u);
    EXPECT_EQ(files.count("610102199001031236.jpg"), 1u);
    // And on the manifest's 问题 sheet.
    const auto book = intake::readWorkbook(w_.dir() / "out" / "UP-20261121-01-清单.xlsx");
    const auto& problems = book.sheets[2];
    std::size_t cautions = 0;
    for (const auto& row : problems.rows) {
        cautions += row.size() > 2 && row[2].text.rfind("已打包，但", 0) == 0 ? 1 : 0;
    }
    EXPECT_EQ(cautions, 3u);
}

TEST_F(UploadPackageTest, ASecondPackageLeavesOutWhatWasPackedUnlessIncludePacked) {
    run();
    auto second = run();
    EXPECT_EQ(second.counts.at("photos"), 0u);
    EXPECT_EQ(second.counts.at("already_packed"), 4u);
    EXPECT_TRUE(second.batchNumber.empty());
    EXPECT_EQ(w_.store().batches().count(domain::BatchKind::Upload), 1u);
    ASSERT_EQ(second.files.size(), 1u) << "only the problems workbook";
    EXPECT_EQ(second.files[0].extension(), ".xlsx");

    // A newly approved student goes into the next batch alone.
    approved("2026000011", east_, "610102199001111243", inBandJpeg(11));
    const auto third = run();
    EXPECT_EQ(third.batchNumber, "UP-20261121-02");
    EXPECT_EQ(entries(third).count("610102199001111243.jpg"), 1u);
    EXPECT_EQ(entries(third).size(), 1u);

    // A retake approved after packing is a new photo: packed again.
    const auto retake = w_.addPhoto(s_["S001"].student, inBandJpeg(100), 480, 640);
    w_.decide(retake, DecisionKind::Approve);
    const auto fourth = run();
    EXPECT_EQ(entries(fourth).size(), 1u);
    EXPECT_EQ(entries(fourth).count("610102199001011234.jpg"), 1u);

    const auto all = run({{"include-packed", "1"}});
    EXPECT_EQ(all.batchNumber, "UP-20261121-04");
    EXPECT_EQ(entries(all).size(), 5u) << "S001 (its retake), S002, S003, S009, S011";
}

TEST_F(UploadPackageTest, NamesFollowTheConfiguredRule) {
    const auto byNo = run({{"name", "student-no"}});
    const auto files = entries(byNo);
    EXPECT_EQ(files.count("2026000001.jpg"), 1u);
    EXPECT_EQ(files.count("2026000010.jpg"), 1u) << "named by 学号, S010 needs no ID number";
    EXPECT_EQ(files.size(), 5u);
    const auto byPattern = run({{"name", "{exam_no}_{student_no}.jpg"}, {"include-packed", "1"}});
    EXPECT_EQ(entries(byPattern).count("266101010001_2026000001.jpg"), 1u);
    EXPECT_THROW(run({{"name", "{student_no}.png"}}), UserError);
    EXPECT_THROW(run({{"name", "by-phone"}}), UserError);
}

TEST_F(UploadPackageTest, AnUnwritableFolderStopsBeforeAnyWork) {
    writeFile(w_.dir() / "occupied", "a file, not a folder");
    EXPECT_THROW(run({}, w_.dir() / "occupied"), UserError);
    EXPECT_THROW(run({}, "/proc/gradphoto-packages"), UserError);
    EXPECT_THROW(run({{"max-files", "0"}}, w_.dir() / "new" / "out"), UserError);
    EXPECT_FALSE(fs::exists(w_.dir() / "new")) << "a refused option makes no folder";
    EXPECT_EQ(w_.store().batches().count(domain::BatchKind::Upload), 0u);
    EXPECT_EQ(status("S001"), StudentStatus::Approved);
}

TEST_F(UploadPackageTest, CancellingLeavesNothingBehind) {
    reports::ReportRequest request;
    request.outputDir = w_.dir() / "out";
    request.progress = [](std::size_t done, std::size_t) {
        return done < 2;
    };
    const auto result = reports::UploadPackage(kTemplates).run(w_.ws(), request);
    EXPECT_TRUE(result.cancelled);
    EXPECT_TRUE(fs::is_empty(w_.dir() / "out"));
    EXPECT_EQ(w_.store().batches().count(domain::BatchKind::Upload), 0u);
    EXPECT_EQ(status("S001"), StudentStatus::Approved);
}

TEST_F(UploadPackageTest, TheDecisionLogDecidesWhenTheCachedStatusDisagrees) {
    // The cache says approved, the log says rejected: not packed, and said so.
    w_.store().students().setStatus(s_["S005"].student.id, StudentStatus::Approved);
    const auto result = run();
    EXPECT_EQ(entries(result).count("610102199001051238.jpg"), 0u);
    bool reported = false;
    for (const auto& p : result.problems) {
        reported |= p.studentNo == "2026000005" && p.message.find("不一致") != std::string::npos;
    }
    EXPECT_TRUE(reported);
    EXPECT_EQ(status("S005"), StudentStatus::Approved) << "the cache is not the package's to fix";
}

TEST_F(UploadPackageTest, ANumberTakenMeanwhileStopsThePackageWithNothingWritten) {
    reports::ReportRequest request;
    request.outputDir = w_.dir() / "out";
    bool taken = false;
    request.progress = [&](std::size_t, std::size_t) {
        if (!taken) { // another console records UP-20261121-01 while this package is made
            taken = true;
            domain::Batch other;
            other.number = "UP-20261121-01";
            other.createdAt = w_.clock().nowIso();
            w_.store().batches().create(other);
        }
        return true;
    };
    EXPECT_THROW(reports::UploadPackage(kTemplates).run(w_.ws(), request), UserError);
    EXPECT_TRUE(fs::is_empty(w_.dir() / "out"));
    EXPECT_EQ(w_.store().batches().count(domain::BatchKind::Upload), 1u);
    EXPECT_EQ(status("S001"), StudentStatus::Approved);
}

TEST(ApprovedInLog, TheLatestStandingDecisionOnTheLatestVersionCounts) {
    using domain::Decision;
    const auto d = [](domain::DecisionId id, DecisionKind k, domain::SubmissionId v,
                      domain::DecisionId reverses = 0) {
        Decision x;
        x.id = id;
        x.kind = k;
        x.submissionId = v;
        x.reverses = reverses;
        return x;
    };
    EXPECT_TRUE(reports::approvedInLog({d(1, DecisionKind::Approve, 7)}, 7));
    EXPECT_FALSE(reports::approvedInLog({d(1, DecisionKind::Approve, 7)}, 8)) << "older version";
    EXPECT_FALSE(reports::approvedInLog(
        {d(1, DecisionKind::Approve, 7), d(2, DecisionKind::Reversal, 7, 1)}, 7));
    EXPECT_TRUE(
        reports::approvedInLog({d(1, DecisionKind::Approve, 7), d(2, DecisionKind::Reversal, 7, 1),
                                d(3, DecisionKind::Reversal, 7, 2)},
                               7))
        << "the undo undone";
    EXPECT_TRUE(
        reports::approvedInLog({d(1, DecisionKind::Reject, 7), d(2, DecisionKind::Approve, 7)}, 7));
    EXPECT_FALSE(
        reports::approvedInLog({d(1, DecisionKind::Approve, 7), d(2, DecisionKind::Reject, 7)}, 7));
    EXPECT_FALSE(reports::approvedInLog({}, 7));
}

} // namespace
} // namespace gp::test
