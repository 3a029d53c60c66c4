// The console's main window, driven for real under Xvfb: it opens workspaces, shows their
// summary in English and in Chinese, reports errors, imports a roster through its preview and
// a folder of photos, and is photographed for a human to look at.
#include "app/gui/ImportController.h"
#include "app/gui/ImportResultDialog.h"
#include "app/gui/MainFrame.h"
#include "app/gui/NewWorkspaceDialog.h"
#include "app/gui/ProgressWindow.h"
#include "app/gui/ReportController.h"
#include "app/gui/ReviewPanel.h"
#include "app/gui/RosterImportPreview.h"
#include "app/gui/SummaryPanel.h"
#include "app/gui/TableView.h"
#include "app/gui/TextWrap.h"
#include "app/gui/Translations.h"
#include "core/common/DataPaths.h"
#include "core/faces/ModelCatalog.h"
#include "core/intake/IdNumber.h"
#include "core/intake/PhotoIntake.h"
#include "core/store/WorkspaceSummary.h"
#include "core/store/sqlite/SqliteDatabase.h"
#include "gradphoto/BuildInfo.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/arrstr.h>
#include <wx/evtloop.h>
#include <wx/fileconf.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/timer.h>
#include <wx/utils.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
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

/// Lets the UI thread run until the summary counted in the background is shown.
void waitForSummary(gp::gui::MainFrame& frame) {
    for (int i = 0; i < 400 && frame.summaryPending(); ++i) {
        wxTheApp->Yield(true);
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    EXPECT_FALSE(frame.summaryPending());
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

/// Runs the event loop (as the application's would) until done() or the timeout; the
/// background jobs' completions and the dialogs they open run inside it.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 60000) {
    wxGUIEventLoop loop;
    wxTimer timer;
    const auto start = std::chrono::steady_clock::now();
    timer.Bind(wxEVT_TIMER, [&](wxTimerEvent&) {
        if (done() ||
            std::chrono::steady_clock::now() - start > std::chrono::milliseconds(timeoutMs)) {
            loop.Exit();
        }
    });
    timer.Start(50);
    loop.Run();
    timer.Stop();
    return done();
}

std::string u8(const wxString& s) {
    return std::string(s.utf8_str());
}

/// An 18-character ID number with a valid check character (or a wrong one when asked).
std::string idNumber(const std::string& first17, bool validCheck = true) {
    const char check = intake::mod11_2CheckCharacter(first17);
    return first17 + (validCheck ? check : (check == '0' ? '1' : '0'));
}

/// A 480x640 portrait-like JPEG: light-blue background, a face-coloured head, dark shoulders.
void drawPhoto(const fs::path& file, int variant) {
    cv::Mat image(640, 480, CV_8UC3, cv::Scalar(255, 197, 100));
    cv::ellipse(image, cv::Point(240, 300), cv::Size(95 + variant, 125), 0, 0, 360,
                cv::Scalar(150, 180, 225), cv::FILLED);
    cv::rectangle(image, cv::Point(60, 520), cv::Point(420, 640), cv::Scalar(40, 40, 40),
                  cv::FILLED);
    cv::circle(image, cv::Point(205, 280), 9, cv::Scalar(30, 30, 30), cv::FILLED);
    cv::circle(image, cv::Point(275, 280), 9, cv::Scalar(30, 30, 30), cv::FILLED);
    ASSERT_TRUE(cv::imwrite(file.string(), image, {cv::IMWRITE_JPEG_QUALITY, 90}));
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

TEST_F(Console, CarriesTheProgramIconDrawnFromItsSvg) {
    auto* frame = makeFrame("en");
    const auto& icons = frame->GetIcons();
    ASSERT_GE(icons.GetIconCount(), 7u) << "16 to 256 px from templates/icons/gradphoto.svg";
    const wxIcon big = icons.GetIcon(wxSize(256, 256), wxIconBundle::FALLBACK_NONE);
    ASSERT_TRUE(big.IsOk());
    wxBitmap bitmap;
    bitmap.CopyFromIcon(big);
    wxImage image = bitmap.ConvertToImage();
    const fs::path dir = fs::path(SCREENSHOT_DIR);
    fs::create_directories(dir);
    ASSERT_TRUE(image.SaveFile((dir / "icon-256.png").string(), wxBITMAP_TYPE_PNG));
    // The icon's dark rounded square, its light-blue photo backdrop and the green check mark.
    const auto near = [&image](int x, int y, int r, int g, int b) {
        return std::abs(image.GetRed(x, y) - r) < 12 && std::abs(image.GetGreen(x, y) - g) < 12 &&
               std::abs(image.GetBlue(x, y) - b) < 12;
    };
    EXPECT_TRUE(near(30, 128, 0x1f, 0x3b, 0x57));
    EXPECT_TRUE(near(70, 150, 0x64, 0xc5, 0xff));
    EXPECT_TRUE(near(172, 205, 0x2f, 0xa8, 0x4f));
}

TEST_F(Console, OpensAWorkspaceAndShowsItsSummary) {
    populate(tmp / "ws");
    auto* frame = makeFrame("en");
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws")) << (errors.empty() ? "" : errors.front());
    EXPECT_TRUE(frame->showingSummary());
    EXPECT_THAT(std::string(frame->GetTitle().utf8_str()), HasSubstr("2026届春季毕业生图像采集"));
    auto* summary = frame->summaryPanel();
    // The list first; the counts follow from a thread of their own.
    waitForSummary(*frame);
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
    waitForSummary(*frame);
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

/// The summary panel's value for a row label, "" when there is no such row.
std::string summaryValue(SummaryPanel& summary, const std::string& label) {
    for (long row = 0; row < summary.rowCount(); ++row) {
        if (u8(summary.rowLabel(row).Strip(wxString::both)) == label) {
            return u8(summary.rowValue(row));
        }
    }
    return "";
}

TEST_F(Console, ImportMenuOnlyWithAWorkspace) {
    auto* frame = makeFrame("zh_CN");
    EXPECT_FALSE(frame->importMenuEnabled());
    populate(tmp / "ws");
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws"));
    EXPECT_TRUE(frame->importMenuEnabled());
    auto* bar = frame->GetMenuBar();
    EXPECT_EQ(u8(bar->GetMenuLabelText(1)), "导入");
    const auto* menu = bar->GetMenu(1);
    EXPECT_THAT(u8(menu->GetLabelText(menu->FindItemByPosition(0)->GetId())),
                HasSubstr("导入名单"));
    frame->closeWorkspace();
    EXPECT_FALSE(frame->importMenuEnabled());
}

TEST_F(Console, PreviewsARosterAndImportsTheValidRows) {
    test::newWorkspace(tmp / "ws", clock).reset();
    {
        std::ofstream csv(tmp / "名单.csv", std::ios::binary);
        csv << "学号,姓名,性别,身份证号,教学点\n"
            << "2026001,张三,男," << idNumber("11010119990307123") << ",西安雁塔教学点\n"
            << "2026002,李四,女," << idNumber("11010120000415124") << ",西安雁塔教学点\n"
            << "2026003,王五,男," << idNumber("61010219980101135") << ",宝鸡函授站\n"
            << "2026004,赵六,女," << idNumber("61010219990909126", false) << ",宝鸡函授站\n";
    }
    auto* frame = makeFrame("zh_CN");
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws"));

    bool previewSeen = false;
    std::string doneMessage;
    frame->setDialogRunner([&](wxDialog& dialog) -> int {
        if (auto* preview = dynamic_cast<RosterImportPreview*>(&dialog)) {
            previewSeen = true;
            const auto& counts = preview->model().counts();
            EXPECT_EQ(counts.rowsRead, 4u);
            EXPECT_EQ(counts.added, 3u) << "the row with an error is not among those added";
            EXPECT_EQ(counts.changed, 0u);
            EXPECT_EQ(counts.withdrawn, 0u);
            EXPECT_EQ(counts.errorRows, 1u);
            EXPECT_EQ(counts.newCenters, 2u);

            auto* problems = preview->list(RosterImportPreview::Problems);
            EXPECT_EQ(u8(preview->pageLabel(RosterImportPreview::Problems)), "问题 (1)");
            EXPECT_EQ(problems->rowCount(), 1);
            EXPECT_EQ(u8(problems->cell(0, 0)), "5");
            EXPECT_EQ(u8(problems->cell(0, 1)), "身份证号");
            EXPECT_EQ(u8(problems->cell(0, 3)), "错误");
            EXPECT_THAT(u8(problems->cell(0, 4)), HasSubstr("校验位不正确"));
            EXPECT_THAT(u8(problems->cell(0, 5)), HasSubstr("身份证核对"));

            auto* added = preview->list(RosterImportPreview::Added);
            EXPECT_EQ(added->rowCount(), 3);
            EXPECT_EQ(u8(added->cell(0, 1)), "2026001");
            EXPECT_EQ(u8(added->cell(0, 2)), "张三");
            EXPECT_EQ(u8(added->cell(0, 4)),
                      "1101**********" + idNumber("11010119990307123").substr(14))
                << "ID numbers are masked in lists";
            auto* centers = preview->list(RosterImportPreview::NewCenters);
            EXPECT_EQ((std::set<std::string>{u8(centers->cell(0, 0)), u8(centers->cell(1, 0))}),
                      (std::set<std::string>{"西安雁塔教学点", "宝鸡函授站"}));

            // Import is refused while a row has errors, unless only the valid rows go in.
            EXPECT_FALSE(preview->canImport());
            EXPECT_FALSE(preview->apply());
            preview->setValidRowsOnly(true);
            EXPECT_TRUE(preview->canImport());
            preview->Show();
            screenshot("roster-preview-zh_CN.png");
            preview->showPage(RosterImportPreview::Added);
            screenshot("roster-preview-added-zh_CN.png");
            EXPECT_TRUE(preview->apply());
            preview->Hide();
            return wxID_OK;
        }
        if (auto* message = dynamic_cast<wxMessageDialog*>(&dialog)) {
            doneMessage = u8(message->GetMessage());
            return wxID_NO;
        }
        ADD_FAILURE() << "unexpected dialog " << u8(dialog.GetTitle());
        return wxID_CANCEL;
    });

    frame->imports().previewRoster(tmp / "名单.csv");
    // The roster is read off the UI thread: the call returns at once, behind a progress window.
    EXPECT_TRUE(frame->imports().busy());
    EXPECT_NE(frame->imports().progress(), nullptr);
    ASSERT_TRUE(waitFor([&] { return !doneMessage.empty() && !frame->imports().busy(); }))
        << (errors.empty() ? "" : u8(errors.front()));
    EXPECT_TRUE(previewSeen);
    EXPECT_TRUE(errors.empty()) << u8(errors.front());
    EXPECT_THAT(doneMessage, HasSubstr("3"));
    EXPECT_THAT(doneMessage, HasSubstr("1"));

    auto& students = frame->workspace()->store().students();
    EXPECT_TRUE(students.byStudentNo("2026001").has_value());
    EXPECT_TRUE(students.byStudentNo("2026003").has_value());
    EXPECT_FALSE(students.byStudentNo("2026004").has_value()) << "the bad row is left out";
    EXPECT_EQ(summaryValue(*frame->summaryPanel(), "名单内学生"), "3");
    EXPECT_EQ(summaryValue(*frame->summaryPanel(), "教学点"), "2");
    bool reportWritten = false;
    for (const auto& entry : fs::directory_iterator(tmp / "ws" / "exports")) {
        reportWritten |= entry.path().filename().string().rfind("roster-errors-", 0) == 0;
    }
    EXPECT_TRUE(reportWritten);
    screenshot("roster-imported-zh_CN.png");
}

TEST_F(Console, ImportsAFolderOfPhotosAndShowsWhatHappenedToEachFile) {
    populate(tmp / "ws");
    const auto folder = tmp / "照片";
    fs::create_directories(folder);
    drawPhoto(folder / "20261000.jpg", 0);
    drawPhoto(folder / "20261001.jpg", 5);
    drawPhoto(folder / "张三_20261002.jpg", 10);
    drawPhoto(folder / "99999999.jpg", 15);
    std::ofstream(folder / "20261003.jpg", std::ios::binary) << "not a photo at all";

    auto* frame = makeFrame("zh_CN");
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws"));
    bool resultSeen = false;
    frame->setDialogRunner([&](wxDialog& dialog) -> int {
        auto* result = dynamic_cast<ImportResultDialog*>(&dialog);
        if (result == nullptr) {
            ADD_FAILURE() << "unexpected dialog " << u8(dialog.GetTitle());
            return wxID_CANCEL;
        }
        resultSeen = true;
        std::map<std::string, std::string> counts;
        for (long row = 0; row < result->countRows(); ++row) {
            counts[u8(result->countLabel(row).Strip(wxString::both))] = u8(result->countValue(row));
        }
        EXPECT_EQ(counts["文件"], "5");
        EXPECT_EQ(counts["已匹配到学生"], "3");
        EXPECT_EQ(counts["新照片版本"], "3");
        EXPECT_EQ(counts["未匹配到学生"], "1");
        EXPECT_EQ(counts["未导入"], "2");
        EXPECT_EQ(counts["找不到对应的学生"], "1");
        EXPECT_EQ(result->listCount(), 1u);
        auto* refused = result->list(0);
        EXPECT_EQ(refused->rowCount(), 2);
        std::set<std::string> files{u8(refused->cell(0, 0)), u8(refused->cell(1, 0))};
        EXPECT_EQ(files, (std::set<std::string>{"20261003.jpg", "99999999.jpg"}));
        EXPECT_THAT(u8(result->footnote()), HasSubstr("photo-intake-"));
        result->Show();
        screenshot("photo-result-zh_CN.png");
        result->Hide();
        return wxID_OK;
    });
    frame->imports().importPhotos(intake::PhotoKind::Submission, folder, {},
                                  {intake::MatchKey::StudentNo});
    EXPECT_TRUE(frame->imports().busy());
    ASSERT_TRUE(waitFor([&] { return resultSeen && !frame->imports().busy(); }))
        << (errors.empty() ? "" : u8(errors.front()));
    EXPECT_TRUE(errors.empty()) << u8(errors.front());
    EXPECT_EQ(summaryValue(*frame->summaryPanel(), "已提交照片（含重拍）"), "3");
}

TEST_F(Console, RunsTheChecksInTheBackgroundAndShowsTheCounts) {
    if (!faces::ModelCatalog(paths.models).complete()) {
        GTEST_SKIP() << "face models not installed in " << paths.models
                     << "; run: gradphoto-cli models install";
    }
    populate(tmp / "ws");
    const auto folder = tmp / "in";
    fs::create_directories(folder);
    drawPhoto(folder / "20261000.jpg", 0);
    drawPhoto(folder / "20261001.jpg", 5);
    {
        auto ws = store::Workspace::open(tmp / "ws", clock);
        intake::PhotoIntakeRequest request;
        request.source = folder;
        request.columnsFile = paths.templates / "roster-columns.json";
        intake::importPhotos(*ws, request);
    }
    auto* frame = makeFrame("zh_CN");
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws"));
    std::map<std::string, std::string> counts;
    frame->setDialogRunner([&](wxDialog& dialog) -> int {
        auto* result = dynamic_cast<ImportResultDialog*>(&dialog);
        if (result != nullptr) {
            for (long row = 0; row < result->countRows(); ++row) {
                counts[u8(result->countLabel(row))
                           .substr(u8(result->countLabel(row)).find_first_not_of(' '))] =
                    u8(result->countValue(row));
            }
        }
        return wxID_OK;
    });
    frame->imports().runChecks(false);
    EXPECT_TRUE(frame->imports().busy());
    ASSERT_TRUE(waitFor([&] { return !counts.empty() && !frame->imports().busy(); }))
        << (errors.empty() ? "" : u8(errors.front()));
    EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : u8(errors.front()));
    EXPECT_EQ(counts["照片（每名学生的最新一张）"], "2");
    EXPECT_EQ(counts["本次检测"], "2");
    // Drawn photos have no face: they fail.
    EXPECT_EQ(counts["不合格"], "2");
    EXPECT_EQ(summaryValue(*frame->summaryPanel(), "自动检测次数"), "2");
}

TEST_F(Console, TheReportsMenuWritesAWorkbookInTheBackgroundAndListsIt) {
    populate(tmp / "ws");
    auto* frame = makeFrame("zh_CN");
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws"));
    frame->reviewPanel()->setAskName([] { return wxString::FromUTF8("审核员甲"); });
    std::vector<std::string> files;
    std::string heading;
    frame->setDialogRunner([&](wxDialog& dialog) -> int {
        if (auto* result = dynamic_cast<ImportResultDialog*>(&dialog)) {
            heading = u8(result->heading());
            auto* list = result->list(0);
            for (long row = 0; row < list->rowCount(); ++row) {
                files.push_back(u8(list->cell(row, 0)));
            }
            screenshot("reports-result-zh_CN.png");
        }
        return wxID_OK;
    });
    const auto out = tmp / "reports";
    frame->reports().run("status", out);
    EXPECT_TRUE(frame->imports().busy());
    ASSERT_TRUE(waitFor([&] { return !heading.empty() && !frame->imports().busy(); }))
        << (errors.empty() ? "" : u8(errors.front()));
    EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : u8(errors.front()));
    ASSERT_EQ(files.size(), 1u);
    EXPECT_TRUE(fs::is_regular_file(out / files.front())) << files.front();
    EXPECT_THAT(files.front(), HasSubstr(".xlsx"));
    EXPECT_THAT(heading, HasSubstr("已写入 1 个文件"));
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
