// The console's main window, driven for real under Xvfb: it opens workspaces, shows their
// summary in English and in Chinese, reports errors, and is photographed for a human to look at.
#include "app/gui/MainFrame.h"
#include "app/gui/NewWorkspaceDialog.h"
#include "app/gui/SummaryPanel.h"
#include "app/gui/TextWrap.h"
#include "app/gui/Translations.h"
#include "core/common/DataPaths.h"
#include "core/store/WorkspaceSummary.h"
#include "core/store/sqlite/SqliteDatabase.h"
#include "gradphoto/BuildInfo.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/arrstr.h>
#include <wx/fileconf.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/menu.h>
#include <wx/utils.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <set>
#include <thread>

namespace gp::gui {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

void settle() {
    for (int i = 0; i < 20; ++i) {
        wxTheApp->Yield(true);
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
}

/// Saves the screen (the frame sits at its top-left) and checks that it is not blank.
void screenshot(const std::string& name) {
    const fs::path dir = fs::path(SCREENSHOT_DIR);
    fs::create_directories(dir);
    const auto file = dir / name;
    settle();
    const auto cmd = "import -window root " + file.string();
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    wxImage image;
    ASSERT_TRUE(image.LoadFile(file.string(), wxBITMAP_TYPE_PNG));
    // A drawn window has many distinct colours; a blank or black screen has one or two.
    std::set<unsigned> colours;
    const unsigned char* p = image.GetData();
    for (int i = 0; i < image.GetWidth() * image.GetHeight(); i += 97) {
        colours.insert(p[3 * i] << 16 | p[3 * i + 1] << 8 | p[3 * i + 2]);
    }
    EXPECT_GT(colours.size(), 8u) << file << " looks blank";
    std::cout << "screenshot: " << file.string() << '\n';
}

class Console : public ::testing::Test {
protected:
    void SetUp() override {
        config = std::make_unique<wxFileConfig>("gradphoto-test", "", (tmp / "config.ini").string(),
                                                "", wxCONFIG_USE_LOCAL_FILE);
        paths = DataPaths::resolve(processEnvironment(), currentExecutable());
    }
    MainFrame* makeFrame(const wxString& language) {
        setupTranslations(paths.locale, language);
        auto* frame = new MainFrame(clock, paths, *config);
        frame->SetPosition(wxPoint(0, 0));
        frame->setErrorSink([this](const wxString& message, const wxString& hint) {
            errors.push_back(message + " | " + hint);
        });
        frame->Show();
        settle();
        return frame;
    }
    void populate(const fs::path& dir) {
        auto ws = store::Workspace::create(dir, {"2026届春季毕业生图像采集", "chsi-2017", "tests"},
                                           clock);
        auto a = test::center("西安雁塔教学点");
        auto b = domain::Center{0, "宝鸡函授站", "", "", "", "", ""};
        ws->store().centers().add(a);
        ws->store().centers().add(b);
        for (int i = 0; i < 12; ++i) {
            auto s = test::student("2026" + std::to_string(1000 + i), "学生", a.id);
            ws->store().students().add(s);
            if (i < 3) {
                ws->store().students().setStatus(s.id, domain::StudentStatus::Approved);
            }
        }
    }
    void TearDown() override {
        for (auto* w : wxTopLevelWindows) {
            w->Destroy();
        }
        settle();
    }

    test::TempDir tmp;
    FixedClock clock = test::fixedClock();
    std::unique_ptr<wxFileConfig> config;
    DataPaths paths;
    std::vector<wxString> errors;
};

TEST_F(Console, StartsOnTheWelcomeScreen) {
    auto* frame = makeFrame("en");
    EXPECT_FALSE(frame->showingSummary());
    EXPECT_EQ(frame->GetTitle(), "GradPhoto Console");
    screenshot("welcome-en.png");
}

TEST_F(Console, OpensAWorkspaceAndShowsItsSummary) {
    populate(tmp / "ws");
    auto* frame = makeFrame("en");
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws")) << (errors.empty() ? "" : errors.front());
    EXPECT_TRUE(frame->showingSummary());
    EXPECT_THAT(std::string(frame->GetTitle().utf8_str()), HasSubstr("2026届春季毕业生图像采集"));
    auto* summary = frame->summaryPanel();
    ASSERT_GT(summary->rowCount(), 10);
    EXPECT_EQ(summary->rowLabel(0), "Teaching centers");
    EXPECT_EQ(summary->rowValue(0), "2");
    EXPECT_EQ(summary->rowLabel(1), "Students on the roster");
    EXPECT_EQ(summary->rowValue(1), "12");
    EXPECT_EQ(summary->rowLabel(2).Strip(wxString::both), "Not submitted");
    EXPECT_EQ(summary->rowValue(2), "9");
    screenshot("summary-en.png");
}

TEST_F(Console, SpeaksChinese) {
    populate(tmp / "ws");
    auto* frame = makeFrame("zh_CN");
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws"));
    auto* summary = frame->summaryPanel();
    EXPECT_EQ(std::string(summary->rowLabel(0).utf8_str()), "教学点");
    EXPECT_EQ(std::string(summary->rowLabel(2).Strip(wxString::both).utf8_str()), "未提交");
    EXPECT_THAT(std::string(frame->GetMenuBar()->GetMenuLabelText(0).utf8_str()),
                HasSubstr("工作区"));
    screenshot("summary-zh_CN.png");
    frame->closeWorkspace();
    EXPECT_FALSE(frame->showingSummary());
    screenshot("welcome-zh_CN.png");
}

TEST_F(Console, CreatesAWorkspace) {
    auto* frame = makeFrame("en");
    ASSERT_TRUE(frame->createWorkspace(tmp / "new", "秋季补采", "id-card-358x441"));
    EXPECT_TRUE(fs::exists(tmp / "new" / "workspace.db"));
    EXPECT_EQ(frame->workspace()->profileId(), "id-card-358x441");
    EXPECT_EQ(frame->summaryPanel()->rowValue(1), "0");
}

TEST_F(Console, ReportsWhatWentWrongAndStaysUsable) {
    auto* frame = makeFrame("en");
    fs::create_directories(tmp / "not-a-workspace");
    EXPECT_FALSE(frame->openWorkspace(tmp / "not-a-workspace"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_THAT(std::string(errors[0].utf8_str()), HasSubstr("not a GradPhoto workspace"));
    EXPECT_FALSE(frame->showingSummary());

    populate(tmp / "ws");
    {
        store::SqliteDatabase db(tmp / "ws" / "workspace.db");
        db.exec("PRAGMA user_version = 42");
    }
    EXPECT_FALSE(frame->openWorkspace(tmp / "ws"));
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_THAT(std::string(errors[1].utf8_str()), HasSubstr("newer GradPhoto Console"));
    EXPECT_EQ(frame->workspace(), nullptr);
}

TEST_F(Console, WrapsChineseTextWithinTheWidth) {
    auto* frame = makeFrame("zh_CN");
    const wxString text =
        wxString::FromUTF8("学历电子注册毕业生图像审核：导入学生名单和照片，按照片标准自动检测，与"
                           "入学照片进行人像比对，"
                           "人工审核。\n\nA workspace holds one collection campaign.");
    const auto wrapped = wrapText(*frame, text, 200);
    wxString joined;
    int lines = 0;
    for (const auto& line : wxSplit(wrapped, '\n', '\0')) {
        EXPECT_LE(frame->GetTextExtent(line).GetWidth(), 200) << line;
        joined += line;
        ++lines;
    }
    EXPECT_GT(lines, 4);
    wxString flat = text;
    flat.Replace("\n", "");
    flat.Replace(" ", "");
    joined.Replace(" ", "");
    EXPECT_EQ(joined, flat) << "nothing lost or reordered";
    EXPECT_FALSE(wrapped.Contains(wxString::FromUTF8("\n，"))) << "no line starts with a comma:\n"
                                                               << wrapped.utf8_str();
}

TEST_F(Console, AWorkspaceThatCannotBeShownIsNotRemembered) {
    populate(tmp / "ws");
    {
        std::fstream f(tmp / "ws" / "workspace.db",
                       std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096 + 100);
        const std::string junk(8192, '\x5a');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    auto* frame = makeFrame("en");
    EXPECT_FALSE(frame->openWorkspace(tmp / "ws"));
    EXPECT_EQ(frame->workspace(), nullptr);
    EXPECT_FALSE(frame->showingSummary());
    EXPECT_FALSE(config->HasEntry("/LastWorkspace"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_THAT(std::string(errors[0].utf8_str()), HasSubstr("damaged"));
}

TEST(NewWorkspaceFolder, IsASafeNameFromTheCampaignName) {
    EXPECT_EQ(std::string(folderNameFor(wxString::FromUTF8("2025/2026学年")).utf8_str()),
              "2025-2026学年");
    EXPECT_EQ(folderNameFor(".."), "workspace");
    EXPECT_EQ(folderNameFor("../../etc"), "-..-etc");
    EXPECT_EQ(folderNameFor("a:b*c?"), "a-b-c-");
    EXPECT_EQ(folderNameFor("  "), "workspace");
}

TEST_F(Console, RemembersRecentAndLastWorkspace) {
    populate(tmp / "ws");
    {
        auto* frame = makeFrame("en");
        ASSERT_TRUE(frame->openWorkspace(tmp / "ws"));
        frame->Destroy();
        settle();
    }
    wxString last;
    EXPECT_TRUE(config->Read("/LastWorkspace", &last));
    EXPECT_EQ(std::string(last.utf8_str()), (tmp / "ws").string());
    EXPECT_TRUE(config->HasGroup("/RecentWorkspaces"));
}

} // namespace
} // namespace gp::gui

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    wxApp::SetInstance(new wxApp());
    if (!wxEntryStart(argc, argv)) {
        std::cerr << "cannot initialise wxWidgets (no display?)\n";
        return 1;
    }
    wxInitAllImageHandlers();
    const int result = RUN_ALL_TESTS();
    wxEntryCleanup();
    return result;
}
