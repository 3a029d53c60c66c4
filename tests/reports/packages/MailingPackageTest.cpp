// The mailing packages, on a workspace built in code: one zip per center with the print sheets,
// the cover, the label and the packing list; the PDFs rendered with pdftoppm and sampled where
// the template puts the photos; a center without an address, a missing photo, the batches, the
// Mailed status, a second run and an unwritable folder.
#include "reports/packages/MailingPackage.h"

#include "PackageReading.h"
#include "PackageWorkspace.h"
#include "core/common/UserError.h"
#include "core/intake/roster/SheetTable.h"
#include "gradphoto/BuildInfo.h"
#include "reports/packages/PrintSheetLayout.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>

namespace gp::test {
namespace {

namespace fs = std::filesystem;
using domain::DecisionKind;
using domain::StudentStatus;

const fs::path kTemplates = fs::path(build::kSourceDir) / "templates";
constexpr double kPtPerMm = 72.0 / 25.4;

/// pdftotext puts spaces where glyphs stand apart; compare the text without them.
std::string withoutSpaces(std::string text) {
    std::erase_if(text, [](char c) { return c == ' ' || c == '\n'; });
    return text;
}

class MailingPackageTest : public ::testing::Test {
protected:
    void SetUp() override {
        east_ = w_.addCenter("东区教学点", true);
        west_ = w_.addCenter("西区教学点", false);
        for (int i = 1; i <= 18; ++i) {
            char no[16];
            std::snprintf(no, sizeof no, "20260001%02d", i);
            east_students_.push_back(approved(no, east_, inBandJpeg(unsigned(i))));
        }
        // One of them has lost its stored file.
        const auto lost = w_.store().photoVersions().latestOf(east_students_[4].id)->sha256;
        const auto file = w_.ws().photos().pathOf(lost);
        fs::permissions(file.parent_path(), fs::perms::owner_all, fs::perm_options::add);
        fs::remove(file);
        // A rejected student is not mailed.
        auto rejected = w_.addStudent("2026000199", "未通过", east_, "");
        w_.decide(w_.addPhoto(rejected, inBandJpeg(199), 480, 640), DecisionKind::Reject);
        west_students_.push_back(approved("2026000201", west_, inBandJpeg(201)));
        west_students_.push_back(approved("2026000202", west_, inBandJpeg(202)));
    }

    domain::Student approved(const std::string& no, domain::CenterId center,
                             const std::string& bytes) {
        auto s = w_.addStudent(no, "学生" + no.substr(7), center, "");
        w_.decide(w_.addPhoto(s, bytes, 480, 640), DecisionKind::Approve);
        return s;
    }

    reports::ReportResult run(std::map<std::string, std::string> options = {},
                              const fs::path& out = {}, std::optional<std::string> center = {}) {
        reports::ReportRequest request;
        request.center = std::move(center);
        request.outputDir = out.empty() ? w_.dir() / "out" : out;
        request.createdBy = "tester";
        request.options = std::move(options);
        return reports::MailingPackage(kTemplates).run(w_.ws(), request);
    }

    StudentStatus status(const domain::Student& s) {
        return w_.store().students().byId(s.id)->status;
    }

    /// The zip's entries written out as files in dir, by entry name.
    std::map<std::string, fs::path> unpack(const fs::path& zip, const fs::path& dir) {
        fs::create_directories(dir);
        std::map<std::string, fs::path> files;
        for (const auto& e : readZip(zip)) {
            EXPECT_TRUE(e.utf8Flag) << e.name << ": the name is UTF-8 and says so";
            EXPECT_EQ(e.hour, 16) << e.name << ": 08:00 UTC is 16:00 in Beijing, as a zip shows it";
            EXPECT_EQ(e.madeOn, 3) << e.name << ": made on Unix, so unzip believes bit 11";
            writeFile(dir / e.name, e.bytes);
            files[e.name] = dir / e.name;
        }
        // To look at them: GRADPHOTO_KEEP_OUTPUT=/tmp/somewhere package_report_tests
        if (const char* keep = std::getenv("GRADPHOTO_KEEP_OUTPUT")) {
            fs::create_directories(keep);
            fs::copy(dir, keep, fs::copy_options::overwrite_existing | fs::copy_options::recursive);
        }
        return files;
    }

    PackageWorkspace w_;
    domain::CenterId east_ = 0;
    domain::CenterId west_ = 0;
    std::vector<domain::Student> east_students_;
    std::vector<domain::Student> west_students_;
};

TEST_F(MailingPackageTest, OneZipPerCenterWithSheetsCoverLabelAndPackingList) {
    const auto result = run();
    EXPECT_EQ(result.batchNumber, "MAIL-20261121-01");
    EXPECT_EQ(result.counts.at("centers"), 1u);
    EXPECT_EQ(result.counts.at("photos"), 17u);
    EXPECT_EQ(result.counts.at("pages"), 2u);
    const auto zip = w_.dir() / "out" / "MAIL-20261121-01-东区教学点.zip";
    ASSERT_TRUE(fs::exists(zip));
    const auto files = unpack(zip, w_.dir() / "unpacked");
    std::vector<std::string> names;
    for (const auto& [name, path] : files) {
        names.push_back(name);
    }
    EXPECT_EQ(names, (std::vector<std::string>{"地址标签.pdf", "封面.pdf", "照片打印页.pdf",
                                               "装箱清单.xlsx"}));

    const auto sheets = pdfInfo(files.at("照片打印页.pdf"));
    EXPECT_EQ(sheets.pages, 2);
    EXPECT_NEAR(sheets.widthPt, 210 * kPtPerMm, 0.5); // A4
    EXPECT_NEAR(sheets.heightPt, 297 * kPtPerMm, 0.5);
    const auto cover = pdfInfo(files.at("封面.pdf"));
    EXPECT_EQ(cover.pages, 1);
    EXPECT_NEAR(cover.widthPt, 210 * kPtPerMm, 0.5);
    const auto label = pdfInfo(files.at("地址标签.pdf"));
    EXPECT_EQ(label.pages, 1);
    EXPECT_NEAR(label.widthPt, 150 * kPtPerMm, 0.5);
    EXPECT_NEAR(label.heightPt, 100 * kPtPerMm, 0.5);

    // The address details are on the label as text.
    const auto labelText =
        withoutSpaces(commandOutput("pdftotext '" + files.at("地址标签.pdf").string() + "' -"));
    for (const auto* wanted :
         {"东区教学点", "王老师", "029-88881234", "陕西省西安市雁塔区示例路1号", "710061"}) {
        EXPECT_NE(labelText.find(wanted), std::string::npos) << wanted << " in " << labelText;
    }
    const auto sheetText =
        withoutSpaces(commandOutput("pdftotext '" + files.at("照片打印页.pdf").string() + "' -"));
    EXPECT_NE(sheetText.find("学号2026000101"), std::string::npos);
    EXPECT_NE(sheetText.find("学生101"), std::string::npos);
    EXPECT_EQ(sheetText.find("2026000105"), std::string::npos) << "the lost photo is not printed";

    // The packing list.
    const auto book = intake::readWorkbook(files.at("装箱清单.xlsx"));
    ASSERT_EQ(book.sheets.size(), 2u);
    EXPECT_EQ(book.sheets[0].name, "装箱清单");
    ASSERT_EQ(book.sheets[0].rows.size(), 18u);
    EXPECT_EQ(book.sheets[0].rows[0][1].text, "学号");
    EXPECT_EQ(book.sheets[0].rows[1][1].text, "2026000101");
    EXPECT_EQ(book.sheets[0].rows[17][7].number, 2) << "the 17th photo is on page 2";
    ASSERT_EQ(book.sheets[1].rows.size(), 2u);
    EXPECT_EQ(book.sheets[1].rows[1][0].text, "2026000105");
}

TEST_F(MailingPackageTest, PhotosSitWhereTheTemplatePutsThem) {
    run();
    const auto files =
        unpack(w_.dir() / "out" / "MAIL-20261121-01-东区教学点.zip", w_.dir() / "unpacked");
    const auto tmpl = reports::TemplateFile::load(kTemplates / "reports" / "mailing.json");
    const reports::PrintSheetLayout layout(tmpl);
    ASSERT_EQ(layout.perPage(), 16u);
    constexpr int kDpi = 100;
    const auto px = [](double mm) {
        return int(std::lround(mm / 25.4 * kDpi));
    };
    const auto page1 = renderPage(files.at("照片打印页.pdf"), 1, kDpi);
    const auto page2 = renderPage(files.at("照片打印页.pdf"), 2, kDpi);
    ASSERT_FALSE(page1.empty());
    ASSERT_NEAR(page1.cols, px(210), 1);
    ASSERT_NEAR(page1.rows, px(297), 1);
    const auto isBackgroundBlue = [](const cv::Vec3b& p) {
        return p[0] > 200 && p[2] < 160 && p[0] - p[2] > 80; // BGR of light blue (100,197,255)
    };
    const auto isWhite = [](const cv::Vec3b& p) {
        return p[0] > 245 && p[1] > 245 && p[2] > 245;
    };
    for (std::size_t slot = 0; slot < 16; ++slot) {
        const auto box = layout.photoBox(slot);
        // Just inside the top corners: the photo's background; the middle: the face.
        const auto topLeft = page1.at<cv::Vec3b>(px(box.y + 2), px(box.x + 2));
        const auto topRight = page1.at<cv::Vec3b>(px(box.y + 2), px(box.x + box.width - 2));
        const auto face =
            page1.at<cv::Vec3b>(px(box.y + box.height * 0.42), px(box.x + box.width / 2));
        EXPECT_TRUE(isBackgroundBlue(topLeft)) << "slot " << slot << " " << topLeft;
        EXPECT_TRUE(isBackgroundBlue(topRight)) << "slot " << slot << " " << topRight;
        EXPECT_FALSE(isBackgroundBlue(face)) << "slot " << slot << " " << face;
        // Just outside the box, between the crop marks: blank paper.
        EXPECT_TRUE(isWhite(page1.at<cv::Vec3b>(px(box.y + box.height / 2), px(box.x - 2))))
            << "slot " << slot;
        EXPECT_TRUE(
            isWhite(page1.at<cv::Vec3b>(px(box.y + box.height / 2), px(box.x + box.width + 2))))
            << "slot " << slot;
        EXPECT_TRUE(isWhite(page1.at<cv::Vec3b>(px(box.y - 2), px(box.x + box.width / 2))));
    }
    // Crop mark: a dark line from the box's top-left corner outward to the left.
    const auto box0 = layout.photoBox(0);
    cv::Mat mark = page1(cv::Rect(px(box0.x - 4), px(box0.y) - 1, px(3), 3));
    double minValue = 255;
    cv::minMaxLoc(mark.reshape(1), &minValue);
    EXPECT_LT(minValue, 160) << "crop mark at the top-left corner";
    // The page margins are blank.
    EXPECT_TRUE(isWhite(page1.at<cv::Vec3b>(px(5), px(5))));
    EXPECT_TRUE(isWhite(page1.at<cv::Vec3b>(px(292), px(205))));
    // Page 2 holds the 17th photo in slot 0 and nothing in slot 1.
    const auto b0 = layout.photoBox(0);
    const auto b1 = layout.photoBox(1);
    EXPECT_TRUE(isBackgroundBlue(page2.at<cv::Vec3b>(px(b0.y + 2), px(b0.x + 2))));
    EXPECT_TRUE(isWhite(page2.at<cv::Vec3b>(px(b1.y + 2), px(b1.x + 2))));
    EXPECT_TRUE(isWhite(page2.at<cv::Vec3b>(px(b1.y + b1.height / 2), px(b1.x + b1.width / 2))));
}

TEST_F(MailingPackageTest, ACenterWithoutAnAddressStopsAloneAndMissingPhotosAreListed) {
    const auto result = run();
    std::vector<std::string> centerProblems;
    std::vector<std::string> studentProblems;
    for (const auto& p : result.problems) {
        (p.studentNo.empty() ? centerProblems : studentProblems)
            .push_back(p.center + ":" + p.message);
    }
    ASSERT_EQ(centerProblems.size(), 1u);
    EXPECT_EQ(centerProblems[0].rfind("西区教学点:", 0), 0u);
    EXPECT_NE(centerProblems[0].find("地址"), std::string::npos);
    ASSERT_EQ(studentProblems.size(), 1u);
    EXPECT_NE(studentProblems[0].find("照片库"), std::string::npos);
    EXPECT_FALSE(fs::exists(w_.dir() / "out" / "MAIL-20261121-02-西区教学点.zip"));
    // The problems workbook beside the zips.
    const auto problems = w_.dir() / "out" / "邮寄问题清单-20261121-160000.xlsx"; // Beijing time
    ASSERT_TRUE(fs::exists(problems));
    const auto book = intake::readWorkbook(problems);
    ASSERT_EQ(book.sheets[0].rows.size(), 3u);
    // Statuses: the mailed are Mailed; the West center's and the lost photo's stay Approved.
    EXPECT_EQ(status(east_students_[0]), StudentStatus::Mailed);
    EXPECT_EQ(status(east_students_[4]), StudentStatus::Approved);
    EXPECT_EQ(status(west_students_[0]), StudentStatus::Approved);
    const auto batches = w_.store().batches().list(domain::BatchKind::Mailing);
    ASSERT_EQ(batches.size(), 1u);
    EXPECT_EQ(batches[0].centerId, east_);
    EXPECT_EQ(batches[0].members.size(), 17u);
    EXPECT_TRUE(batches[0].trackingNumber.empty());
    w_.store().batches().setTrackingNumber(batches[0].id, "SF1234567890");
    EXPECT_EQ(w_.store().batches().byNumber("MAIL-20261121-01")->trackingNumber, "SF1234567890");

    // Once the West center has its address, its package is made, and East's is not repeated.
    auto west = *w_.store().centers().byId(west_);
    west.address = "陕西省宝鸡市示例路2号";
    w_.store().centers().update(west);
    const auto second = run();
    EXPECT_EQ(second.batchNumber, "MAIL-20261121-02");
    EXPECT_EQ(second.counts.at("photos"), 2u);
    EXPECT_EQ(second.counts.at("already_mailed"), 17u);
    EXPECT_TRUE(fs::exists(w_.dir() / "out" / "MAIL-20261121-02-西区教学点.zip"));
    EXPECT_EQ(status(west_students_[1]), StudentStatus::Mailed);
    const auto again = run({{"include-mailed", "1"}}, {}, "西区教学点");
    EXPECT_EQ(again.counts.at("photos"), 2u);
    EXPECT_THROW(run({}, {}, "北区"), UserError);
}

TEST_F(MailingPackageTest, AnUnwritableFolderStopsBeforeAnyWork) {
    writeFile(w_.dir() / "occupied", "a file, not a folder");
    EXPECT_THROW(run({}, w_.dir() / "occupied"), UserError);
    EXPECT_THROW(run({}, "/proc/gradphoto-mailing"), UserError);
    EXPECT_EQ(w_.store().batches().count(domain::BatchKind::Mailing), 0u);
    EXPECT_EQ(status(east_students_[0]), StudentStatus::Approved);
}

TEST_F(MailingPackageTest, CancellingLeavesNothingBehind) {
    reports::ReportRequest request;
    request.outputDir = w_.dir() / "out";
    request.progress = [](std::size_t done, std::size_t) {
        return done < 5;
    };
    const auto result = reports::MailingPackage(kTemplates).run(w_.ws(), request);
    EXPECT_TRUE(result.cancelled);
    EXPECT_TRUE(fs::is_empty(w_.dir() / "out"));
    EXPECT_EQ(w_.store().batches().count(domain::BatchKind::Mailing), 0u);
    EXPECT_EQ(status(east_students_[0]), StudentStatus::Approved);
}

} // namespace
} // namespace gp::test
