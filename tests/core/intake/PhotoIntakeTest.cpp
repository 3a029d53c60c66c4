// Photos into a workspace: every naming form matched, every bad file refused with its reason,
// retakes as new versions, the same bytes never for two students, nothing outside the workspace.
#include "core/intake/PhotoIntake.h"

#include "core/common/UserError.h"
#include "core/store/Transaction.h"
#include "gradphoto/BuildInfo.h"
#include "tests/core/imaging/ImageFixtures.h"
#include "tests/core/intake/photos/TestZipWriter.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

namespace gp::intake {
namespace {

namespace fs = std::filesystem;

class PhotoIntakeTest : public ::testing::Test {
protected:
    void SetUp() override {
        ws = test::newWorkspace(tmp / "w", clock);
        add("2021001", "张三", "99010119900307123X", "21110101150001", "CJM0001");
        add("2021002", "李四", "99010119920101124X", "21110101150002", "");
        add("2021003", "王五", "", "", "");
        // A 学号 that is also another student's 考生号: file "9999" is ambiguous.
        add("9999", "赵六", "", "", "");
        add("2021005", "钱七", "", "9999", "");
    }

    void add(const std::string& no, const std::string& name, const std::string& id,
             const std::string& exam, const std::string& code) {
        auto s = test::student(no, name);
        s.idNumber = id;
        s.examNo = exam;
        s.collectionCode = code;
        ws->store().students().add(s);
    }

    std::string photo(int variant) {
        return test::jpeg(test::drawPortrait(300 + variant, 400, 12 + variant));
    }

    void write(const fs::path& p, const std::string& bytes) {
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << bytes;
    }

    PhotoIntakeResult run(const fs::path& source, PhotoKind kind = PhotoKind::Submission) {
        PhotoIntakeRequest r;
        r.source = source;
        r.kind = kind;
        r.columnsFile = fs::path(build::kSourceDir) / "templates" / "roster-columns.json";
        return importPhotos(*ws, r);
    }

    const PhotoIntakeItem& item(const PhotoIntakeResult& r, const std::string& path) {
        for (const auto& i : r.items) {
            if (i.path == path) {
                return i;
            }
        }
        throw std::runtime_error("no item " + path);
    }

    test::TempDir tmp;
    FixedClock clock = test::fixedClock();
    std::unique_ptr<store::Workspace> ws;
};

TEST_F(PhotoIntakeTest, EveryNamingFormIsMatched) {
    const auto in = tmp / "in";
    write(in / "张三_2021001.jpg", photo(1));
    write(in / "sub" / "99010119920101124x.JPG", photo(2)); // ID with lower-case x
    write(in / "2021003(1).jpg", photo(3));
    write(in / "CJM0001.jpg", photo(4)); // collection code: 张三 again → second version
    write(in / "nobody_7777.jpg", photo(5));
    write(in / "9999.jpg", photo(6));
    const auto r = run(in);
    EXPECT_EQ(item(r, "张三_2021001.jpg").studentNo, "2021001");
    EXPECT_EQ(item(r, "张三_2021001.jpg").matchedBy, "student-no");
    EXPECT_EQ(item(r, "sub/99010119920101124x.JPG").studentNo, "2021002");
    EXPECT_EQ(item(r, "sub/99010119920101124x.JPG").matchedBy, "id-number");
    EXPECT_EQ(item(r, "2021003(1).jpg").studentNo, "2021003");
    EXPECT_EQ(item(r, "CJM0001.jpg").matchedBy, "collection-code");
    EXPECT_EQ(item(r, "nobody_7777.jpg").problemCode, "no_matching_student");
    EXPECT_EQ(item(r, "9999.jpg").problemCode, "ambiguous_student");
    EXPECT_THAT(item(r, "9999.jpg").detail, ::testing::HasSubstr("2021005"));
    EXPECT_EQ(r.count(PhotoOutcome::NewVersion), 4u);
    EXPECT_EQ(r.unmatched(), 1u);

    const auto zhang = ws->store().students().byStudentNo("2021001");
    EXPECT_EQ(ws->store().photoVersions().versionsOf(zhang->id).size(), 2u);
    EXPECT_EQ(zhang->status, domain::StudentStatus::AwaitingCheck);
    EXPECT_EQ(ws->store().students().byStudentNo("9999")->status,
              domain::StudentStatus::NotSubmitted);
}

TEST_F(PhotoIntakeTest, MatchByOrderCanBeChosen) {
    const auto in = tmp / "in";
    write(in / "9999.jpg", photo(1));
    PhotoIntakeRequest r;
    r.source = in;
    r.matchBy = {MatchKey::ExamNo};
    r.columnsFile = fs::path(build::kSourceDir) / "templates" / "roster-columns.json";
    const auto result = importPhotos(*ws, r);
    EXPECT_EQ(item(result, "9999.jpg").studentNo, "2021005");
    EXPECT_EQ(item(result, "9999.jpg").matchedBy, "exam-no");
}

TEST_F(PhotoIntakeTest, RetakesAreNewVersionsAndIdenticalBytesChangeNothing) {
    const auto in = tmp / "in";
    write(in / "2021001.jpg", photo(1));
    run(in);
    const auto again = run(in);
    EXPECT_EQ(item(again, "2021001.jpg").outcome, PhotoOutcome::Unchanged);
    write(in / "2021001.jpg", photo(2)); // the retake
    const auto retake = run(in);
    EXPECT_EQ(item(retake, "2021001.jpg").outcome, PhotoOutcome::NewVersion);
    EXPECT_EQ(item(retake, "2021001.jpg").version, 2);
    const auto id = ws->store().students().byStudentNo("2021001")->id;
    const auto versions = ws->store().photoVersions().versionsOf(id);
    ASSERT_EQ(versions.size(), 2u);
    EXPECT_TRUE(ws->photos().verify(versions[0].sha256)) << "the first version is kept";
}

TEST_F(PhotoIntakeTest, TheSameBytesForTwoStudentsGoToNeither) {
    const auto in = tmp / "in";
    const auto bytes = photo(1);
    write(in / "2021001.jpg", bytes);
    write(in / "2021002.jpg", bytes);
    const auto r = run(in);
    EXPECT_EQ(item(r, "2021001.jpg").problemCode, "same_bytes_in_import");
    EXPECT_THAT(item(r, "2021001.jpg").detail, ::testing::HasSubstr("2021002"));
    EXPECT_EQ(item(r, "2021002.jpg").problemCode, "same_bytes_in_import");
    EXPECT_THAT(item(r, "2021002.jpg").detail, ::testing::HasSubstr("2021001"));
    EXPECT_EQ(ws->store().photoVersions().count(), 0u);
    // Across imports: what one student already has is refused for another.
    fs::remove_all(in);
    write(in / "2021001.jpg", bytes);
    EXPECT_EQ(item(run(in), "2021001.jpg").outcome, PhotoOutcome::NewVersion);
    fs::remove_all(in);
    write(in / "2021003.jpg", bytes);
    const auto later = run(in);
    EXPECT_EQ(item(later, "2021003.jpg").problemCode, "same_bytes_other_student");
    EXPECT_THAT(item(later, "2021003.jpg").detail, ::testing::HasSubstr("2021001"));
}

TEST_F(PhotoIntakeTest, EveryKeyInANameMustPointAtTheSameStudent) {
    const auto in = tmp / "in";
    write(in / "2021001_99010119920101124X.jpg", photo(1)); // 张三's 学号, 李四's ID
    write(in / "张三_2021003.jpg", photo(2));               // 张三 is another student
    write(in / "照片_2021003.jpg", photo(3));               // a word, not a name: fine
    write(in / "IMG_20210010_2021001.jpg", photo(4));       // a camera's name: no keys
    const auto r = run(in);
    EXPECT_EQ(item(r, "2021001_99010119920101124X.jpg").problemCode, "ambiguous_student");
    EXPECT_EQ(item(r, "张三_2021003.jpg").problemCode, "name_mismatch");
    EXPECT_EQ(item(r, "照片_2021003.jpg").outcome, PhotoOutcome::NewVersion);
    EXPECT_EQ(item(r, "IMG_20210010_2021001.jpg").problemCode, "no_matching_student");
}

TEST_F(PhotoIntakeTest, WithdrawnStudentsGetNoPhotos) {
    auto s = *ws->store().students().byStudentNo("2021003");
    s.withdrawn = true;
    ws->store().students().update(s);
    const auto in = tmp / "in";
    write(in / "2021003.jpg", photo(1));
    const auto r = run(in);
    EXPECT_EQ(item(r, "2021003.jpg").problemCode, "student_withdrawn");
    EXPECT_EQ(ws->store().photoVersions().count(), 0u);
    EXPECT_EQ(ws->store().students().byStudentNo("2021003")->status,
              domain::StudentStatus::NotSubmitted);
}

TEST_F(PhotoIntakeTest, AFailedImportLeavesNoUnreferencedFiles) {
    const auto in = tmp / "in";
    write(in / "2021001.jpg", photo(1));
    write(in / "2021002.jpg", photo(2));
    PhotoIntakeRequest r;
    r.source = in;
    r.columnsFile = fs::path(build::kSourceDir) / "templates" / "roster-columns.json";
    r.progress = [](std::size_t done, std::size_t) -> bool {
        if (done == 2) {
            throw std::runtime_error("disk failure"); // after both were stored, before commit
        }
        return true;
    };
    EXPECT_THROW(importPhotos(*ws, r), std::runtime_error);
    EXPECT_EQ(ws->store().photoVersions().count(), 0u);
    EXPECT_EQ(ws->photos().usage().files, 0u) << "the rolled-back batch's files are gone";
}

TEST_F(PhotoIntakeTest, BadFilesAreRefusedWithTheirReason) {
    const auto in = tmp / "in";
    write(in / "2021001.jpg", "");
    write(in / "2021002.jpg", "%PDF-1.4 not a photo");
    const auto good = photo(3);
    write(in / "2021003.jpg", good.substr(0, good.size() * 6 / 10));
    const auto r = run(in);
    EXPECT_EQ(item(r, "2021001.jpg").problemCode, "empty_file");
    EXPECT_EQ(item(r, "2021002.jpg").problemCode, "not_an_image");
    EXPECT_EQ(item(r, "2021003.jpg").problemCode, "truncated");
    EXPECT_EQ(ws->store().photoVersions().count(), 0u);
    const auto reasons = r.refusedByReason();
    EXPECT_EQ(reasons.at("empty_file"), 1u);
}

TEST_F(PhotoIntakeTest, ExifOrientationIsRecorded) {
    const auto in = tmp / "in";
    write(in / "2021001.jpg", test::withExifOrientation(photo(1), 6));
    const auto r = run(in);
    EXPECT_EQ(item(r, "2021001.jpg").exifOrientation, 6);
    const auto id = ws->store().students().byStudentNo("2021001")->id;
    EXPECT_EQ(ws->store().photoVersions().latestOf(id)->image.exifOrientation, 6);
}

TEST_F(PhotoIntakeTest, ReferencePhotosGoToTheirOwnKind) {
    const auto in = tmp / "in";
    write(in / "2021001.jpg", photo(1));
    const auto r = run(in, PhotoKind::Enrollment);
    EXPECT_EQ(item(r, "2021001.jpg").outcome, PhotoOutcome::NewVersion);
    const auto id = ws->store().students().byStudentNo("2021001")->id;
    EXPECT_EQ(ws->store().referencePhotos().of(id, domain::ReferenceKind::Enrollment).size(), 1u);
    EXPECT_EQ(ws->store().photoVersions().count(), 0u);
    EXPECT_EQ(ws->store().students().byId(id)->status, domain::StudentStatus::NotSubmitted);
    EXPECT_EQ(item(run(in, PhotoKind::Enrollment), "2021001.jpg").outcome, PhotoOutcome::Unchanged);
}

TEST_F(PhotoIntakeTest, AManifestMapsFilesToStudents) {
    const auto in = tmp / "in";
    write(in / "IMG_0001.jpg", photo(1));
    write(in / "IMG_0002.jpg", photo(2));
    std::ofstream(tmp / "manifest.csv") << "照片文件名,身份证号\nIMG_0001.jpg,99010119900307123X\n"
                                           "img_0002.JPG,99010119920101124X\n";
    PhotoIntakeRequest r;
    r.source = in;
    r.manifest = tmp / "manifest.csv";
    r.columnsFile = fs::path(build::kSourceDir) / "templates" / "roster-columns.json";
    const auto result = importPhotos(*ws, r);
    EXPECT_EQ(item(result, "IMG_0001.jpg").studentNo, "2021001");
    EXPECT_EQ(item(result, "IMG_0001.jpg").matchedBy, "manifest");
    EXPECT_EQ(item(result, "IMG_0002.jpg").studentNo, "2021002");
}

TEST_F(PhotoIntakeTest, AZipWithHostileEntriesWritesNothingOutside) {
    const auto zip = test::writeZip({test::storedEntry("2021001.jpg", photo(1)),
                                     test::storedEntry("../2021002.jpg", photo(2)),
                                     test::storedEntry("/tmp/2021003.jpg", photo(3))});
    write(tmp / "photos.zip", zip);
    const auto before = std::distance(fs::directory_iterator(tmp.path()), fs::directory_iterator());
    const auto r = run(tmp / "photos.zip");
    EXPECT_EQ(item(r, "2021001.jpg").outcome, PhotoOutcome::NewVersion);
    EXPECT_EQ(r.refusedByReason().at("unsafe_path"), 2u);
    EXPECT_EQ(std::distance(fs::directory_iterator(tmp.path()), fs::directory_iterator()), before);
    EXPECT_FALSE(fs::exists("/tmp/2021003.jpg"));
}

TEST_F(PhotoIntakeTest, StoppingKeepsWhatWasDoneAndARerunGoesOn) {
    const auto in = tmp / "in";
    write(in / "2021001.jpg", photo(1));
    write(in / "2021002.jpg", photo(2));
    write(in / "2021003.jpg", photo(3));
    PhotoIntakeRequest r;
    r.source = in;
    r.columnsFile = fs::path(build::kSourceDir) / "templates" / "roster-columns.json";
    r.progress = [](std::size_t done, std::size_t) {
        return done < 2;
    };
    const auto first = importPhotos(*ws, r);
    EXPECT_TRUE(first.stopped);
    EXPECT_EQ(first.items.size(), 2u);
    EXPECT_EQ(ws->store().photoVersions().count(), 2u);
    r.progress = {};
    const auto second = importPhotos(*ws, r);
    EXPECT_EQ(second.count(PhotoOutcome::Unchanged), 2u);
    EXPECT_EQ(second.count(PhotoOutcome::NewVersion), 1u);
}

TEST_F(PhotoIntakeTest, AMissingSourceIsAUserError) {
    EXPECT_THROW(run(tmp / "nowhere"), UserError);
}

} // namespace
} // namespace gp::intake
