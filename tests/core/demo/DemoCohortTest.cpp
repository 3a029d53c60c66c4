// The fictional cohort and the plan: valid, fictional ID numbers; a roster the real import takes
// whole; the same seed giving the same people and parts.
#include "core/demo/DemoCohort.h"

#include "core/common/Clock.h"
#include "core/common/Sha256.h"
#include "core/demo/DemoPlan.h"
#include "core/demo/DemoWorkbooks.h"
#include "core/intake/CenterImport.h"
#include "core/intake/IdNumber.h"
#include "core/intake/RosterImport.h"
#include "core/store/Workspace.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace gp::demo {
namespace {

const std::filesystem::path kTemplates = GRADPHOTO_TEMPLATES_DIR;

std::vector<bool> everyoneAWoman() {
    return std::vector<bool>(static_cast<std::size_t>(demoStudentCount()), true);
}

TEST(DemoCohort, SixtyStudentsInThreeCentersWithValidFictionalIds) {
    const auto cohort = makeDemoCohort(7, everyoneAWoman());
    ASSERT_EQ(cohort.centers.size(), 3U);
    ASSERT_EQ(cohort.students.size(), 60U);
    std::set<std::string> numbers, ids, names;
    std::map<std::string, int> perCenter;
    for (const auto& s : cohort.students) {
        const auto check =
            intake::checkIdNumber(s.idNumber, intake::DocumentType::Unspecified, 2026);
        EXPECT_FALSE(check.hasError()) << s.idNumber;
        EXPECT_EQ(check.kind, intake::IdKind::Mainland) << s.idNumber;
        EXPECT_EQ(s.idNumber.substr(0, 2), "99") << "no province has region code 99";
        EXPECT_EQ(s.idNumber.back(), intake::mod11_2CheckCharacter(s.idNumber.substr(0, 17)));
        EXPECT_EQ(check.birthDate, s.birthDate);
        EXPECT_EQ(check.sex, s.sex);
        EXPECT_EQ(s.sex, "女");
        EXPECT_EQ(s.studentNo.size(), 9U);
        EXPECT_FALSE(s.level.empty());
        EXPECT_FALSE(s.major.empty());
        numbers.insert(s.studentNo);
        ids.insert(s.idNumber);
        names.insert(s.name);
        ++perCenter[s.center];
    }
    EXPECT_EQ(numbers.size(), 60U);
    EXPECT_EQ(ids.size(), 60U);
    EXPECT_EQ(names.size(), 60U);
    EXPECT_EQ(perCenter["城南教学点"], 24);
    EXPECT_EQ(perCenter["河西学习中心"], 20);
    EXPECT_EQ(perCenter["北山函授站"], 16);
    for (const auto& c : cohort.centers) {
        EXPECT_FALSE(c.contact.empty());
        EXPECT_FALSE(c.phone.empty());
        EXPECT_NE(c.address.find("示例"), std::string::npos) << c.address;
    }
}

TEST(DemoCohort, SameSeedSamePeopleOtherSeedOthers) {
    const auto a = makeDemoCohort(42, everyoneAWoman());
    const auto b = makeDemoCohort(42, everyoneAWoman());
    const auto c = makeDemoCohort(43, everyoneAWoman());
    int sameName = 0;
    for (std::size_t i = 0; i < a.students.size(); ++i) {
        EXPECT_EQ(a.students[i].name, b.students[i].name);
        EXPECT_EQ(a.students[i].idNumber, b.students[i].idNumber);
        sameName += a.students[i].name == c.students[i].name ? 1 : 0;
    }
    EXPECT_LT(sameName, 10);
}

TEST(DemoCohort, MenWhereThePlanSaysSoWithOddSexDigit) {
    std::vector<bool> women(60, true);
    women[3] = false;
    const auto cohort = makeDemoCohort(1, women);
    EXPECT_EQ(cohort.students[3].sex, "男");
    EXPECT_EQ((cohort.students[3].idNumber[16] - '0') % 2, 1);
    EXPECT_EQ((cohort.students[4].idNumber[16] - '0') % 2, 0);
}

TEST(DemoPlan, EveryPartPlayedOnceOrAsOftenAsPlanned) {
    // The demo photos as they are: 3 faces usable for an ID photo, 16 that fail when framed.
    const auto plan = makeDemoPlan(20260315, 60, 3, 16);
    ASSERT_EQ(plan.size(), 60U);
    std::map<Role, int> roles;
    std::set<Flaw> flaws;
    std::map<int, std::vector<const StudentPlan*>> byFace;
    std::set<int> ownFlawFaces;
    for (const auto& p : plan) {
        ++roles[p.role];
        if (p.role == Role::Flawed) {
            EXPECT_TRUE(flaws.insert(p.flaw).second) << toCode(p.flaw) << " twice";
        }
        EXPECT_EQ(p.face, p.submittedFace) << "the builder gives the different person a stranger";
        if (p.role == Role::OwnFlaw) {
            EXPECT_GE(p.face, 3);
            EXPECT_LT(p.face, 19);
            EXPECT_TRUE(ownFlawFaces.insert(p.face).second) << "each failing face once";
        } else if (p.role != Role::NoPhoto) {
            EXPECT_GE(p.face, 0);
            EXPECT_LT(p.face, 3) << toCode(p.role) << " shows a usable face";
            byFace[p.face].push_back(&p);
        }
    }
    EXPECT_EQ(flaws.size(), std::size(kAllFlaws));
    EXPECT_EQ(roles[Role::Retake], 1);
    EXPECT_EQ(roles[Role::DifferentPerson], 1);
    EXPECT_EQ(roles[Role::SharedPhoto], 2);
    EXPECT_EQ(roles[Role::OwnFlaw], 16);
    EXPECT_EQ(roles[Role::Compliant], 3 * kMaxSittings - 14); // the usable faces' sittings
    EXPECT_EQ(roles[Role::NoPhoto], 60 - 14 - 16 - (3 * kMaxSittings - 14));
    // The three faces take turns, each in 8 sittings at most (the shared photo's copy is its
    // original's sitting, not another one); every other sitting is mirrored.
    ASSERT_EQ(byFace.size(), 3U);
    for (const auto& [face, photos] : byFace) {
        std::set<int> sittings;
        for (const auto* p : photos) {
            sittings.insert(p->sitting);
            EXPECT_EQ(p->look.mirror, p->sitting % 2 == 1);
        }
        EXPECT_LE(sittings.size(), static_cast<std::size_t>(kMaxSittings)) << face;
        EXPECT_GE(sittings.size(), static_cast<std::size_t>(kMaxSittings - 1)) << face;
        EXPECT_GE(sittings.size(), photos.size() - 1) << "one repeated sitting at most: the copy";
    }
    const auto again = makeDemoPlan(20260315, 60, 3, 16);
    for (std::size_t i = 0; i < plan.size(); ++i) {
        EXPECT_EQ(plan[i].role, again[i].role);
        EXPECT_EQ(plan[i].face, again[i].face);
        EXPECT_EQ(plan[i].look.dx, again[i].look.dx);
    }
}

TEST(DemoPlan, EnoughUsableFacesMeanNoSharingAndFewMissing) {
    const auto plan = makeDemoPlan(7, 60, 60, 0);
    std::map<Role, int> roles;
    std::map<int, int> photosOfFace;
    for (const auto& p : plan) {
        ++roles[p.role];
        if (p.role != Role::NoPhoto && p.role != Role::SharedPhoto) {
            ++photosOfFace[p.face];
        }
    }
    EXPECT_EQ(roles[Role::NoPhoto], kNoPhotoStudents);
    EXPECT_EQ(roles[Role::OwnFlaw], 0);
    EXPECT_EQ(roles[Role::Compliant], 60 - 14 - kNoPhotoStudents);
    for (const auto& [face, photos] : photosOfFace) {
        EXPECT_EQ(photos, 1) << "face " << face << " shown to one student only";
    }
}

TEST(DemoWorkbooks, RosterAndCentersGoInThroughTheRealImport) {
    test::TempDir dir;
    const FixedClock clock(std::chrono::system_clock::from_time_t(1773532800));
    const auto cohort = makeDemoCohort(5, everyoneAWoman());
    writeRosterWorkbook(cohort, dir.path() / "roster.xlsx", clock);
    writeCentersWorkbook(cohort, dir.path() / "centers.xlsx", clock);
    auto ws = store::Workspace::create(dir.path() / "ws", {"t", "chsi-2017", "test"}, clock);
    intake::RosterImportRequest request;
    request.file = dir.path() / "roster.xlsx";
    request.columnsFile = kTemplates / "roster-columns.json";
    const auto plan = intake::planRosterImport(*ws, request);
    EXPECT_EQ(plan.headerRow, 2) << "the title row is above the headers";
    EXPECT_TRUE(plan.problems.empty()) << plan.problems.front().code;
    EXPECT_EQ(plan.added.size(), 60U);
    intake::applyRosterPlan(*ws, plan, false);
    const auto centers =
        intake::importCenters(*ws, dir.path() / "centers.xlsx", kTemplates / "center-columns.json");
    EXPECT_TRUE(centers.problems.empty());
    EXPECT_TRUE(centers.missingDetails.empty());
    EXPECT_EQ(centers.updated + centers.added, 3U);
    const auto first = ws->store().students().byStudentNo(cohort.students[0].studentNo);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->name, cohort.students[0].name);
    EXPECT_EQ(first->idNumber, cohort.students[0].idNumber);
    EXPECT_EQ(first->major, cohort.students[0].major);
    const auto center = ws->store().centers().byName("北山函授站");
    ASSERT_TRUE(center);
    EXPECT_EQ(center->contact, "林晓燕");
    EXPECT_EQ(center->postcode, "999103");
}

TEST(DemoWorkbooks, SameCohortAndClockSameBytes) {
    test::TempDir dir;
    const FixedClock clock(std::chrono::system_clock::from_time_t(1773532800));
    const auto cohort = makeDemoCohort(9, everyoneAWoman());
    writeRosterWorkbook(cohort, dir.path() / "a.xlsx", clock);
    writeRosterWorkbook(makeDemoCohort(9, everyoneAWoman()), dir.path() / "b.xlsx", clock);
    EXPECT_EQ(sha256OfFile(dir.path() / "a.xlsx"), sha256OfFile(dir.path() / "b.xlsx"));
}

} // namespace
} // namespace gp::demo
