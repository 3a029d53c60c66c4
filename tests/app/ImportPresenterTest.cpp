// The wx-free halves of the import dialogs: what the roster preview and the photo-intake
// result show, built from plans and results made by hand.
#include "app/gui/PhotoIntakeSummary.h"
#include "app/gui/RosterPreviewModel.h"
#include "core/common/MessageCatalog.h"
#include "gradphoto/BuildInfo.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace gp::gui {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

MessageCatalog messages() {
    return MessageCatalog::load(fs::path(build::kSourceDir) / "templates" / "intake-messages.json");
}

intake::RosterPlan plan() {
    intake::RosterPlan p;
    p.rowsRead = 5;
    p.errorRows = 1;
    p.unchanged = 1;
    p.problems.push_back({4, "性别", "男", "sex_contradicts_id", false});
    p.problems.push_back({6, "身份证号", "110101199903071230", "id_bad_check", true});
    intake::ValidatedRow row;
    row.fileRow = 2;
    row.student.studentNo = "2026001";
    row.student.name = "张三";
    row.student.idNumber = "11010119990307123X";
    row.centerName = "西安雁塔教学点";
    p.added.push_back(row);
    intake::StudentChange change;
    change.student.studentNo = "2026009";
    change.student.name = "李四";
    change.changes.push_back({"phone", "13812345678", "13987654321"});
    change.changes.push_back({"major", "会计学", "财务管理"});
    change.changes.push_back({"extra:备注", "", "补考"});
    p.changed.push_back(change);
    domain::Student gone;
    gone.studentNo = "2025999";
    gone.name = "王五";
    p.withdrawn.push_back(gone);
    p.newCenters = {"西安雁塔教学点"};
    return p;
}

std::string label(const std::string& code) {
    return code.rfind("extra:", 0) == 0 ? code.substr(6) : "[" + code + "]";
}

TEST(RosterPreviewModel, CountsWhatTheImportWouldDo) {
    const RosterPreviewModel model(plan(), messages(), "zh_CN", label);
    const auto& c = model.counts();
    EXPECT_EQ(c.rowsRead, 5u);
    EXPECT_EQ(c.added, 1u);
    EXPECT_EQ(c.changed, 1u);
    EXPECT_EQ(c.withdrawn, 1u);
    EXPECT_EQ(c.unchanged, 1u);
    EXPECT_EQ(c.errorRows, 1u);
    EXPECT_EQ(c.newCenters, 1u);
}

TEST(RosterPreviewModel, ListsErrorsFirstInTheUiLanguage) {
    const RosterPreviewModel zh(plan(), messages(), "zh_CN", label);
    ASSERT_EQ(zh.problems().size(), 2u);
    EXPECT_TRUE(zh.problems()[0].error);
    EXPECT_EQ(zh.problems()[0].row, 6);
    EXPECT_THAT(zh.problems()[0].problem, HasSubstr("校验位"));
    EXPECT_FALSE(zh.problems()[1].error);
    const RosterPreviewModel en(plan(), messages(), "en", label);
    EXPECT_THAT(en.problems()[0].problem, HasSubstr("check character"));
    EXPECT_THAT(en.problems()[0].action, HasSubstr("ID card"));
}

TEST(RosterPreviewModel, ShowsChangesFieldByFieldWithPersonalNumbersMasked) {
    const RosterPreviewModel model(plan(), messages(), "zh_CN", label);
    ASSERT_EQ(model.changes().size(), 3u);
    EXPECT_EQ(model.changes()[0].studentNo, "2026009");
    EXPECT_EQ(model.changes()[0].field, "[phone]");
    EXPECT_EQ(model.changes()[0].before, "138****5678");
    EXPECT_EQ(model.changes()[1].before, "会计学");
    EXPECT_EQ(model.changes()[1].after, "财务管理");
    EXPECT_EQ(model.changes()[2].field, "备注");
    ASSERT_EQ(model.added().size(), 1u);
    EXPECT_EQ(model.added()[0].idNumber, "1101**********123X");
    ASSERT_EQ(model.withdrawn().size(), 1u);
    EXPECT_EQ(model.withdrawn()[0].name, "王五");
}

TEST(RosterPreviewModel, ImportsOnlyWithoutErrorsOrWithValidRowsOnly) {
    const RosterPreviewModel model(plan(), messages(), "zh_CN", label);
    EXPECT_FALSE(model.canImport(false));
    EXPECT_TRUE(model.canImport(true));
    auto clean = plan();
    clean.errorRows = 0;
    EXPECT_TRUE(RosterPreviewModel(clean, messages(), "zh_CN", label).canImport(false));
}

TEST(PhotoIntakeSummary, CountsAndNamesEachRefusedFile) {
    intake::PhotoIntakeResult r;
    auto item = [&](const std::string& path, intake::PhotoOutcome outcome,
                    const std::string& code = {}) {
        intake::PhotoIntakeItem i;
        i.path = path;
        i.outcome = outcome;
        i.problemCode = code;
        r.items.push_back(i);
    };
    item("a.jpg", intake::PhotoOutcome::NewVersion);
    item("b.jpg", intake::PhotoOutcome::Unchanged);
    item("c.jpg", intake::PhotoOutcome::Refused, "no_matching_student");
    item("d.jpg", intake::PhotoOutcome::Refused, "no_matching_student");
    item("e.txt", intake::PhotoOutcome::Refused, "not_an_image");
    const PhotoIntakeSummary s(r, messages(), "zh_CN");
    EXPECT_EQ(s.files(), 5u);
    EXPECT_EQ(s.matched(), 2u);
    EXPECT_EQ(s.newVersions(), 1u);
    EXPECT_EQ(s.unchanged(), 1u);
    EXPECT_EQ(s.unmatched(), 2u);
    EXPECT_EQ(s.refused(), 3u);
    ASSERT_EQ(s.reasons().size(), 2u);
    EXPECT_EQ(s.reasons()[0].code, "no_matching_student") << "most frequent first";
    EXPECT_EQ(s.reasons()[0].problem, "找不到对应的学生");
    EXPECT_EQ(s.reasons()[0].files, 2u);
    ASSERT_EQ(s.refusedFiles().size(), 3u);
    EXPECT_EQ(s.refusedFiles()[2].path, "e.txt");
    EXPECT_EQ(s.refusedFiles()[2].problem, "不是图片文件");
    EXPECT_EQ(s.refusedFiles()[2].action, "提交 JPG 照片");
}

} // namespace
} // namespace gp::gui
