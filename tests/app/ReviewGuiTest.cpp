// The review screen driven for real under Xvfb: a workspace built here with photos drawn by
// OpenCV (no real person's photo), a keyboard approval, a rejection with two reasons, an undo,
// a batch approval, the decision log read back from the database, and screenshots of the
// review screen and the dashboard for a human to look at.
#include "app/gui/CampaignTime.h"
#include "app/gui/DashboardPanel.h"
#include "app/gui/LabelLayout.h"
#include "app/gui/ListFilterBar.h"
#include "app/gui/MainFrame.h"
#include "app/gui/PhotoPairView.h"
#include "app/gui/ReviewListModel.h"
#include "app/gui/ReviewPanel.h"
#include "app/gui/ReviewSettingsDialog.h"
#include "app/gui/Translations.h"
#include "app/gui/VersionStrip.h"
#include "core/common/DataPaths.h"
#include "core/intake/PhotoIntake.h"
#include "core/review/Dashboard.h"
#include "core/review/StatusDerivation.h"
#include "core/store/Transaction.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/checkbox.h>
#include <wx/dataview.h>
#include <wx/fileconf.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/textctrl.h>

#include <chrono>
#include <cstdlib>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <set>
#include <sqlite3.h>
#include <thread>

namespace gp::gui {
namespace {

namespace fs = std::filesystem;

void settle() {
    for (int i = 0; i < 20; ++i) {
        wxTheApp->Yield(true);
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
}

fs::path screenshot(const std::string& name) {
    const fs::path dir = fs::path(SCREENSHOT_DIR);
    fs::create_directories(dir);
    const auto file = dir / name;
    settle();
    const auto cmd = "import -window root " + file.string();
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
    std::cout << "screenshot: " << file.string() << '\n';
    return file;
}

std::string u8(const wxString& s) {
    return std::string(s.utf8_str());
}

/// A synthetic portrait: background colour, hair, face, eyes, mouth, shoulders. variant moves
/// the head so the photos differ; top shifts it up (a head-top failure).
void drawPortrait(const fs::path& file, cv::Size size, cv::Scalar background, int variant,
                  int top = 0) {
    cv::Mat m(size, CV_8UC3, background);
    const double k = size.width / 480.0;
    const auto P = [&](int x, int y) {
        return cv::Point(int(x * k), int((y - top) * k));
    };
    const auto S = [&](int w, int h) {
        return cv::Size(int(w * k), int(h * k));
    };
    cv::ellipse(m, P(240, 560), S(220, 110), 0, 180, 360, cv::Scalar(60, 50, 45), cv::FILLED);
    cv::rectangle(m, P(20, 560), P(460, 700), cv::Scalar(60, 50, 45), cv::FILLED);
    cv::rectangle(m, P(205, 400), P(275, 470), cv::Scalar(150, 185, 225), cv::FILLED);
    cv::ellipse(m, P(240, 300), S(100 + variant, 130), 0, 0, 360, cv::Scalar(150, 185, 228),
                cv::FILLED);
    cv::ellipse(m, P(240, 215), S(108 + variant, 70), 0, 180, 360, cv::Scalar(25, 25, 30),
                cv::FILLED);
    for (int x : {200, 280}) {
        cv::ellipse(m, P(x, 270), S(16, 8), 0, 0, 360, cv::Scalar(250, 250, 250), cv::FILLED);
        cv::circle(m, P(x, 270), int(6 * k), cv::Scalar(40, 30, 20), cv::FILLED);
        cv::line(m, P(x - 20, 248), P(x + 20, 246), cv::Scalar(30, 30, 35), int(4 * k));
    }
    cv::line(m, P(240, 285), P(234, 330), cv::Scalar(120, 150, 200), int(3 * k));
    cv::ellipse(m, P(240, 365), S(30, 8), 0, 0, 180, cv::Scalar(90, 90, 170), int(4 * k));
    ASSERT_TRUE(cv::imwrite(file.string(), m, {cv::IMWRITE_JPEG_QUALITY, 88}));
}

domain::CheckResult result(const std::string& id, const std::string& verdict,
                           const std::string& value, const std::string& limit,
                           const std::string& reason, const std::string& overlay,
                           const std::string& limitJson) {
    return {id, verdict, value, limit, reason, overlay, limitJson};
}

/// A check run as the engine stores it (see jobs::storedResult): the measured values, the
/// limit as text and as numbers, the marks with the engine's labels.
domain::CheckRun run(domain::SubmissionId photo, bool headTooHigh, const std::string& at) {
    domain::CheckRun r;
    r.submissionId = photo;
    r.profileId = "chsi-2017";
    r.profileVersion = 1;
    r.engineVersion = "1";
    r.verdict = headTooHigh ? "fail" : "pass";
    r.startedAt = r.finishedAt = at;
    const auto band = R"({"min":50,"max":110})";
    const int head = headTooHigh ? 30 : 82;
    const auto h = std::to_string(head);
    r.results.push_back(result("framing.head_top", headTooHigh ? "fail" : "pass",
                               R"({"head_top":{"value":)" + h + R"(,"unit":"px"}})", "50–110 px",
                               headTooHigh ? "head_too_high" : "",
                               R"([{"kind":"band","coords":[0,50,480,60],"label":"head top band"},)"
                               R"({"kind":"line","coords":[0,)" +
                                   h + ",480," + h + R"(],"label":"head top"}])",
                               band));
    const int eyes = headTooHigh ? 222 : 270;
    const auto e = std::to_string(eyes);
    r.results.push_back(result("framing.eye_line", "pass",
                               R"({"eye_line":{"value":)" + e + R"(,"unit":"px"}})", "200–300 px",
                               "",
                               R"([{"kind":"band","coords":[0,200,480,100],"label":"eye band"},)"
                               R"({"kind":"line","coords":[150,)" +
                                   e + ",330," + e + R"(],"label":"eye line"}])",
                               R"({"min":200,"max":300})"));
    r.results.push_back(result("framing.face_width", "pass",
                               R"({"face_width":{"value":204,"unit":"px"}})", "180–300 px", "",
                               R"([{"kind":"line","coords":[138,300,342,300],)"
                               R"("label":"face width"}])",
                               R"({"min":180,"max":300})"));
    r.results.push_back(result("framing.centred", "pass",
                               R"({"centre_offset":{"value":2,"unit":"px"}})",
                               "≤ 24 px from the centre", "",
                               R"([{"kind":"line","coords":[240,0,240,640],)"
                               R"("label":"face centre"}])",
                               R"({"max":24})"));
    r.results.push_back(result("pose.roll", headTooHigh ? "warn" : "pass",
                               R"({"roll":{"value":3.4,"unit":"°"}})", "≤ 3°",
                               headTooHigh ? "head_tilted" : "",
                               R"([{"kind":"line","coords":[200,270,280,270],)"
                               R"("label":"eye line"}])",
                               R"({"max":3})"));
    r.results.push_back(result(
        "background.colour", "pass",
        R"({"delta_e_light_blue":{"value":4.1,"unit":"ΔE"},"background_l":{"value":76,"unit":"L*"}})",
        "≤ 15 ΔE from a reference colour", "",
        R"([{"kind":"box","coords":[10,10,60,60],"label":"background sample"}])",
        R"({"max":15,"nearest_zh_CN":"浅蓝色","nearest_en":"light blue"})"));
    r.results.push_back(result("file.size", "pass", R"({"size":{"value":31,"unit":"KB"}})",
                               "20–40 KB", "", "[]", R"({"min":20,"max":40})"));
    return r;
}

class ReviewConsole : public ::testing::Test {
protected:
    void SetUp() override {
        config = std::make_unique<wxFileConfig>("gradphoto-test", "", (tmp / "config.ini").string(),
                                                "", wxCONFIG_USE_LOCAL_FILE);
        config->Write("/Review/Reviewer", wxString::FromUTF8("李老师"));
        paths = DataPaths::resolve(processEnvironment(), currentExecutable());
        build(tmp / "ws");
    }
    void TearDown() override {
        for (auto* w : wxTopLevelWindows) {
            w->Destroy();
        }
        settle();
    }

    /// Six students in two centers: two that pass and match (a batch), one whose head is too
    /// high, one to approve by hand, one without a photo, one whose original is missing.
    void build(const fs::path& dir) {
        auto ws = store::Workspace::create(dir, {"2026届春季毕业生图像采集", "chsi-2017", "tests"},
                                           clock);
        auto& store = ws->store();
        auto north = test::center("西安雁塔教学点");
        auto south = test::center("宝鸡函授站");
        store.centers().add(north);
        store.centers().add(south);
        const char* names[] = {"王小明", "李华", "张伟", "刘洋", "陈静", "杨帆"};
        for (int i = 0; i < 6; ++i) {
            auto s = test::student("2026100" + std::to_string(i + 1), names[i],
                                   i < 4 ? north.id : south.id);
            s.idNumber = "61010419900101" + std::to_string(1000 + i * 2);
            s.examNo = "26610101" + std::to_string(100 + i);
            store.students().add(s);
        }
        const auto in = tmp / "in", enrol = tmp / "enrol";
        fs::create_directories(in);
        fs::create_directories(enrol);
        for (int i = 1; i <= 4; ++i) {
            drawPortrait(in / ("2026100" + std::to_string(i) + ".jpg"), {480, 640},
                         cv::Scalar(255, 197, 100), i * 3, i == 3 ? 60 : 0);
            drawPortrait(enrol / ("2026100" + std::to_string(i) + ".jpg"), {390, 520},
                         cv::Scalar(235, 235, 235), i * 3 + 4);
        }
        for (auto [folder, kind] : {std::pair{in, intake::PhotoKind::Submission},
                                    std::pair{enrol, intake::PhotoKind::Enrollment}}) {
            intake::PhotoIntakeRequest request;
            request.source = folder;
            request.kind = kind;
            request.columnsFile = paths.templates / "roster-columns.json";
            intake::importPhotos(*ws, request);
        }
        store::Transaction tx(store);
        for (int i = 1; i <= 4; ++i) {
            const auto s = *store.students().byStudentNo("2026100" + std::to_string(i));
            const auto photo = *store.photoVersions().latestOf(s.id);
            auto r = run(photo.id, i == 3, clock.nowIso());
            if (i == 4) {
                r.verdict = "review";
                r.results[4].verdict = "warn";
                r.results[4].reasonCode = "head_tilted";
            }
            store.checkRuns().save(r);
            const auto refs = store.referencePhotos().of(s.id, domain::ReferenceKind::Enrollment);
            domain::FaceComparison c;
            c.submissionId = photo.id;
            c.referencePhotoId = refs.front().id;
            c.modelId = "dlib_face_recognition_resnet_model_v1";
            c.state = "compared";
            c.distance = 0.32;
            c.similarity = i == 4 ? 71.0 : 92.0;
            c.outcome = i == 4 ? "review" : "match";
            c.computedAt = clock.nowIso();
            store.faces().saveComparison(c);
            review::refreshStatus(store, s.id, "chsi-2017");
        }
        // 杨帆's original is not in the photo store: the screen shows why instead, and the
        // face comparison could not read it.
        domain::PhotoVersion lost;
        lost.studentId = store.students().byStudentNo("20261006")->id;
        lost.sha256 = std::string(64, 'e');
        lost.sourceName = "20261006.jpg";
        lost.byteSize = 1000;
        lost.importedAt = clock.nowIso();
        store.photoVersions().add(lost);
        domain::FaceComparison unreadable;
        unreadable.submissionId = lost.id;
        unreadable.modelId = "dlib_face_recognition_resnet_model_v1";
        unreadable.state = "unreadable_submission";
        unreadable.computedAt = clock.nowIso();
        unreadable.note = "the original is missing";
        store.faces().saveComparison(unreadable);
        review::refreshStatus(store, lost.studentId, "chsi-2017");
        store.settings().set(review::kDeadlineSetting, "2026-12-15");
        tx.commit();
    }

    MainFrame* makeFrame() {
        setupTranslations(paths.locale, "zh_CN");
        auto* frame = new MainFrame(clock, paths, *config);
        frame->SetPosition(wxPoint(0, 0));
        frame->SetSize(wxSize(1280, 800));
        frame->setErrorSink(
            [this](const wxString& m, const wxString& h) { errors.push_back(u8(m + " | " + h)); });
        frame->Show();
        settle();
        return frame;
    }

    struct LoggedDecision {
        std::string studentNo, kind, reviewer, sha, note, reasons;
        std::int64_t reverses = 0;
    };
    /// The decision log as the database holds it, read with a connection of its own.
    std::vector<LoggedDecision> decisionLog() {
        sqlite3* db = nullptr;
        EXPECT_EQ(sqlite3_open_v2((tmp / "ws" / "workspace.db").c_str(), &db, SQLITE_OPEN_READONLY,
                                  nullptr),
                  SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT s.student_no, d.kind, d.reviewer, d.photo_sha256, d.note, "
                           "ifnull((SELECT group_concat(reason_code) FROM decision_reasons r "
                           "WHERE r.decision_id = d.id), ''), ifnull(d.reverses_id, 0) "
                           "FROM decisions d JOIN students s ON s.id = d.student_id ORDER BY d.id",
                           -1, &st, nullptr);
        std::vector<LoggedDecision> out;
        while (sqlite3_step(st) == SQLITE_ROW) {
            auto t = [&](int c) {
                return std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, c)));
            };
            out.push_back({t(0), t(1), t(2), t(3), t(4), t(5), sqlite3_column_int64(st, 6)});
        }
        sqlite3_finalize(st);
        sqlite3_close(db);
        return out;
    }
    std::string statusOf(const std::string& studentNo) {
        auto ws = store::Workspace::open(tmp / "ws", clock);
        return std::string(domain::toCode(ws->store().students().byStudentNo(studentNo)->status));
    }
    /// Presses a key the way the keyboard does: through the panel's char hook.
    void press(ReviewPanel& panel, int key, int modifiers = wxMOD_NONE) {
        wxKeyEvent e(wxEVT_CHAR_HOOK);
        e.m_keyCode = key;
        e.m_controlDown = (modifiers & wxMOD_CONTROL) != 0;
        e.SetEventObject(&panel);
        panel.GetEventHandler()->ProcessEvent(e);
        wxTheApp->Yield(true);
    }

    test::TempDir tmp;
    FixedClock clock = test::fixedClock();
    std::unique_ptr<wxFileConfig> config;
    DataPaths paths;
    std::vector<std::string> errors;
};

TEST(CampaignTime, StoredUtcIsShownOnTheCampaignsClock) {
    const auto paths = DataPaths::resolve(processEnvironment(), currentExecutable());
    const int beijing = campaignUtcOffset(paths.templates);
    EXPECT_EQ(beijing, 480);
    // 17:23 UTC on the 21st is 01:23 on the 22nd in Beijing, as the reports and file names say.
    const std::string stored = "2026-11-21T17:23:10.123Z";
    EXPECT_EQ(u8(campaignTime(stored, beijing, TimeStyle::DateTime)), "2026-11-22 01:23");
    EXPECT_EQ(u8(campaignTime(stored, beijing, TimeStyle::Date)), "2026-11-22");
    EXPECT_EQ(u8(campaignTime(stored, beijing, TimeStyle::MonthDay)), "11-22");
    EXPECT_EQ(u8(campaignTime(stored, beijing, TimeStyle::MonthDayTime)), "11-22 01:23");
    EXPECT_EQ(u8(campaignTime("2026-12-31T16:00:00Z", beijing, TimeStyle::Date)), "2027-01-01");
    EXPECT_EQ(u8(campaignTime("yesterday", beijing, TimeStyle::Date)), "yesterday");
    EXPECT_EQ(campaignUtcOffset("/nonexistent"), 480) << "Beijing when the template is missing";
}

TEST(LabelLayout, LabelsStayInsideThePhotoAndDoNotCoverEachOther) {
    const wxRect photo(100, 50, 240, 320);
    // The head-top line's label at its right end runs past the photo; the band's label starts
    // where the line's would be; a third lands on both.
    const std::vector<wxRect> wanted{wxRect(300, 60, 60, 16), wxRect(290, 62, 70, 16),
                                     wxRect(295, 61, 50, 16), wxRect(110, 300, 40, 16)};
    const auto placed = placeLabels(wanted, photo);
    ASSERT_EQ(placed.size(), wanted.size());
    for (std::size_t i = 0; i < placed.size(); ++i) {
        EXPECT_TRUE(photo.Contains(placed[i])) << i;
        EXPECT_EQ(placed[i].GetSize(), wanted[i].GetSize()) << i;
        for (std::size_t j = 0; j < i; ++j) {
            EXPECT_FALSE(placed[i].Intersects(placed[j])) << i << " covers " << j;
        }
    }
    EXPECT_EQ(placed[0], wxRect(280, 60, 60, 16)) << "moved left to fit, not down";
    EXPECT_EQ(placed[1].y, 62 + 17) << "one line below where it wanted to be";
    EXPECT_EQ(placed[3], wanted[3]) << "a label that fits and covers nothing stays put";
    // A label larger than the photo is pinned to its top left rather than lost.
    EXPECT_EQ(placeLabels({wxRect(0, 0, 300, 16)}, photo)[0].GetPosition(), wxPoint(100, 50));
}

TEST_F(ReviewConsole, DecidesFromTheKeyboardUndoesAndBatchApproves) {
    auto* frame = makeFrame();
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws")) << (errors.empty() ? "" : errors.front());
    frame->showReview();
    auto& panel = *frame->reviewPanel();
    panel.SetFocus();
    settle();
    EXPECT_EQ(panel.list().count(), 6u);
    EXPECT_EQ(u8(panel.countText()), "显示 6 名学生，共 6 名");

    // 张伟 (head too high): both photos drawn, the overlay on, the checks in Chinese.
    ASSERT_TRUE(panel.select(*panel.list().positionOf(panel.list().at(2).id)));
    EXPECT_EQ(panel.list().at(2).studentNo, "20261003");
    EXPECT_TRUE(panel.photos().reference().image.IsOk());
    EXPECT_TRUE(panel.photos().submission().image.IsOk());
    EXPECT_EQ(panel.photos().submission().image.GetWidth(), 480);
    EXPECT_TRUE(panel.photos().overlay());
    ASSERT_GT(panel.checksList()->GetItemCount(), 5);
    EXPECT_EQ(u8(panel.checksList()->GetItemText(0, 0)), "✗");
    EXPECT_EQ(u8(panel.checksList()->GetItemText(0, 1)), "头顶位置");
    EXPECT_EQ(u8(panel.checksList()->GetItemText(0, 2)), "30 像素");
    EXPECT_EQ(u8(panel.checksList()->GetItemText(0, 3)), "50–110 像素");
    EXPECT_EQ(u8(panel.checksList()->GetItemText(0, 4)), "头部位置偏上");
    screenshot("review-zh_CN.png");

    // O hides the overlay, E shows the ID-card photo instead (none here), + zooms, 0 fits.
    press(panel, 'O');
    EXPECT_FALSE(panel.photos().overlay());
    press(panel, 'O');
    EXPECT_TRUE(panel.photos().overlay());
    press(panel, 'E');
    EXPECT_FALSE(panel.photos().reference().image.IsOk());
    EXPECT_EQ(u8(panel.photos().reference().error), "无身份证照片");
    press(panel, 'E');
    EXPECT_TRUE(panel.photos().reference().image.IsOk());
    press(panel, '+');
    EXPECT_GT(panel.photos().zoom(), 0.0);
    press(panel, '0');
    EXPECT_EQ(panel.photos().zoom(), 0.0);

    // Keyboard: ↑ to 李华, A approves; the next student shows at once.
    press(panel, WXK_UP);
    EXPECT_EQ(panel.list().at(1).id, panel.current());
    press(panel, 'A');
    EXPECT_EQ(panel.current(), panel.list().at(2).id) << "after a decision, the next student";
    EXPECT_LT(panel.lastShowMs(), 50.0);
    // R, 1, 2, Enter: 张伟 rejected for the two reasons the checks suggested first.
    press(panel, 'R');
    EXPECT_TRUE(panel.rejecting());
    press(panel, '1');
    press(panel, '2');
    EXPECT_EQ(panel.tickedReasons(), (std::vector<std::string>{"head_too_high", "head_tilted"}));
    press(panel, WXK_RETURN);
    EXPECT_EQ(statusOf("20261003"), "retake");
    EXPECT_EQ(statusOf("20261002"), "approved");
    // Ctrl+Z undoes the rejection (a reversal in the log) and goes back to 张伟.
    press(panel, 'Z', wxMOD_CONTROL);
    EXPECT_EQ(panel.current(), panel.list().at(2).id);
    EXPECT_EQ(statusOf("20261003"), "awaiting_review");
    ASSERT_GE(panel.historyList()->GetItemCount(), 2);
    EXPECT_EQ(u8(panel.historyList()->GetItemText(0, 3)), "头部位置偏上; 头部倾斜");
    EXPECT_EQ(u8(panel.historyList()->GetItemText(1, 2)), "已撤销");
    screenshot("review-history-zh_CN.png");

    // Batch approval: 王小明 passed and matches (李华 is decided already; 刘洋 needs a look).
    wxString asked;
    panel.setConfirm([&](const wxString& q) {
        asked = q;
        return true;
    });
    panel.batchApprove();
    EXPECT_NE(u8(asked).find("1"), std::string::npos) << u8(asked);
    EXPECT_EQ(statusOf("20261001"), "approved");
    EXPECT_EQ(statusOf("20261004"), "awaiting_review");
    EXPECT_TRUE(errors.empty()) << errors.front();

    const auto log = decisionLog();
    ASSERT_EQ(log.size(), 4u);
    EXPECT_EQ(log[0].studentNo, "20261002");
    EXPECT_EQ(log[0].kind, "approve");
    EXPECT_EQ(log[0].reviewer, "李老师");
    EXPECT_EQ(log[0].sha.size(), 64u);
    EXPECT_EQ(log[1].studentNo, "20261003");
    EXPECT_EQ(log[1].kind, "reject");
    EXPECT_EQ(log[1].reasons, "head_too_high,head_tilted");
    EXPECT_EQ(log[2].kind, "reversal");
    EXPECT_EQ(log[2].studentNo, "20261003");
    EXPECT_GT(log[2].reverses, 0);
    EXPECT_EQ(log[3].studentNo, "20261001");
    EXPECT_EQ(log[3].kind, "approve");
    EXPECT_EQ(log[3].note, "批量通过");

    // No photo yet: nothing to approve or reject, so the buttons are off.
    ASSERT_TRUE(panel.select(4));
    EXPECT_FALSE(panel.canDecide());
    // A missing original: a placeholder saying so.
    ASSERT_TRUE(panel.select(5));
    EXPECT_TRUE(panel.canDecide()) << "a photo version exists; its file is what is missing";
    EXPECT_FALSE(panel.photos().submission().image.IsOk());
    EXPECT_FALSE(panel.photos().submission().error.empty());
    EXPECT_EQ(u8(panel.faceText()),
              "人像比对：提交的照片无法读取（文件损坏或格式不支持），无法比对。");
    screenshot("review-missing-photo-zh_CN.png");

    // Dashboard: two centers; clicking 宝鸡函授站 filters the list to its two students.
    frame->showDashboard();
    settle();
    const auto& figures = frame->dashboardPanel()->figures();
    ASSERT_EQ(figures.centers.size(), 2u);
    EXPECT_EQ(figures.centers[0].name, "宝鸡函授站");
    EXPECT_EQ(figures.centers[0].notSubmitted, 1u);
    EXPECT_EQ(figures.centers[1].approved, 2u);
    EXPECT_EQ(figures.centers[1].awaitingReview, 2u);
    ASSERT_TRUE(figures.daysLeft);
    EXPECT_EQ(*figures.daysLeft, 24); // 2026-11-21 to 2026-12-15
    screenshot("dashboard-zh_CN.png");
    const auto center = frame->dashboardPanel()->centerAt(wxPoint(300, 80));
    ASSERT_TRUE(center);
    frame->reviewPanel()->filterByCenter(*center);
    frame->showReview();
    EXPECT_EQ(panel.list().count(), 2u);
}

/// The list's cell as the control draws it.
std::string cell(ReviewPanel& panel, unsigned row, unsigned column) {
    wxVariant v;
    auto* model = panel.listView()->GetModel();
    model->GetValue(v, dynamic_cast<wxDataViewVirtualListModel*>(model)->GetItem(row), column);
    return u8(v.GetString());
}

TEST_F(ReviewConsole, ClickingACheckHighlightsItsMarksAndZoomGoesTo100Percent) {
    auto* frame = makeFrame();
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws"));
    frame->showReview();
    auto& panel = *frame->reviewPanel();
    ASSERT_TRUE(panel.select(2)); // 张伟: head too high, every check with its marks
    frame->Update();
    settle();
    const auto& view = panel.photos();
    EXPECT_EQ(view.highlighted(), "");
    // All checks' marks: head top and eye line (band and line each), face width, centre, the
    // warned roll's eye line; the passed background check's sample box stays quiet.
    EXPECT_EQ(view.marksDrawn(), 7u);

    // A click on the first line of the checks (头顶位置 ✗): only its band and line, thicker.
    auto* checks = panel.checksList();
    ASSERT_EQ(u8(checks->GetItemText(0, 1)), "头顶位置");
    checks->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                         wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    wxTheApp->Yield(true);
    frame->Update();
    settle();
    EXPECT_EQ(view.highlighted(), "framing.head_top");
    EXPECT_EQ(view.marksDrawn(), 2u) << "the head-top band and the measured line";
    // The chosen check in full under the list, however narrow its columns are.
    EXPECT_EQ(u8(panel.checkText()), "头顶位置：" + u8(checks->GetItemText(0, 2)) + "（标准 " +
                                         u8(checks->GetItemText(0, 3)) + "）；原因：" +
                                         u8(checks->GetItemText(0, 4)));
    EXPECT_EQ(u8(checks->GetItemText(0, 4)), "头部位置偏上");
    screenshot("review-check-highlighted-zh_CN.png");
    // Another check: 眼睛位置 (its band and line); nothing chosen: all again.
    long eyes = -1;
    for (long i = 0; i < checks->GetItemCount(); ++i) {
        if (u8(checks->GetItemText(i, 1)) == "眼睛位置") {
            eyes = i;
        }
    }
    ASSERT_GE(eyes, 0);
    checks->SetItemState(eyes, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    wxTheApp->Yield(true);
    frame->Update();
    settle();
    EXPECT_EQ(view.highlighted(), "framing.eye_line");
    EXPECT_EQ(view.marksDrawn(), 2u);
    checks->SetItemState(eyes, 0, wxLIST_STATE_SELECTED);
    wxTheApp->Yield(true);
    frame->Update();
    settle();
    EXPECT_EQ(view.highlighted(), "");
    EXPECT_EQ(view.marksDrawn(), 7u);
    EXPECT_EQ(panel.checkText(), "") << "nothing chosen, nothing spelled out";

    // Zoom: fitted first; + enlarges by a quarter, − twice goes below the fitted size, 1 is
    // 100 %: the 480 × 640 photo drawn on 480 × 640 screen pixels; 0 fits again.
    panel.SetFocus();
    const double fitted = view.shownScale();
    EXPECT_EQ(view.zoom(), 0.0);
    EXPECT_LT(fitted, 1.0) << "the window is smaller than two 640-pixel-high photos";
    EXPECT_EQ(view.drawnSubmission(), wxSize(int(480 * fitted), int(640 * fitted)));
    // The enrollment photo (390 × 520) is drawn as tall as the submission (480 × 640).
    EXPECT_NEAR(view.shownReferenceScale() * 520, fitted * 640, 1e-6);
    press(panel, '+');
    frame->Update();
    settle();
    EXPECT_NEAR(view.shownScale(), fitted * 1.25, 1e-9);
    EXPECT_EQ(view.drawnSubmission().x, int(480 * fitted * 1.25));
    press(panel, '-');
    press(panel, '-');
    frame->Update();
    settle();
    EXPECT_NEAR(view.shownScale(), fitted / 1.25, 1e-9);
    EXPECT_LT(view.drawnSubmission().x, int(480 * fitted));
    press(panel, '1');
    frame->Update();
    settle();
    EXPECT_EQ(view.zoom(), 1.0);
    EXPECT_EQ(view.drawnSubmission(), wxSize(480, 640)) << "one photo pixel, one screen pixel";
    screenshot("review-zoom-100-percent-zh_CN.png");
    press(panel, '0');
    frame->Update();
    settle();
    EXPECT_EQ(view.zoom(), 0.0);
    EXPECT_EQ(view.drawnSubmission(), wxSize(int(480 * fitted), int(640 * fitted)));
    EXPECT_TRUE(errors.empty()) << errors.front();
}

TEST_F(ReviewConsole, TheVersionStripShowsEarlierPhotosAndAClickShowsOne) {
    {
        // 王小明 retakes: a second photo, smaller (360 × 480), so that the two tell apart.
        auto ws = store::Workspace::open(tmp / "ws", clock);
        const auto file = tmp / "retake.jpg";
        drawPortrait(file, {360, 480}, cv::Scalar(250, 200, 120), 5);
        const auto stored = ws->photos().put(file);
        store::Transaction tx(ws->store());
        domain::PhotoVersion v2;
        v2.studentId = ws->store().students().byStudentNo("20261001")->id;
        v2.sha256 = stored.sha256;
        v2.sourceName = "20261001_2.jpg";
        v2.byteSize = static_cast<std::int64_t>(fs::file_size(file));
        v2.importedAt = "2026-11-21T09:30:00.000Z";
        ws->store().photoVersions().add(v2);
        review::refreshStatus(ws->store(), v2.studentId, "chsi-2017");
        tx.commit();
    }
    auto* frame = makeFrame();
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws"));
    frame->showReview();
    auto& panel = *frame->reviewPanel();
    ASSERT_TRUE(panel.select(0));
    ASSERT_EQ(panel.list().at(0).studentNo, "20261001");
    EXPECT_EQ(panel.list().at(0).version, 2);
    settle(); // the earlier version's thumbnail is decoded once the screen is drawn
    auto* strip = panel.versionStrip();
    ASSERT_EQ(strip->count(), 2u);
    EXPECT_EQ(strip->selected(), 1) << "the latest is the one shown";
    EXPECT_TRUE(strip->hasImage(0)) << "the earlier photo's thumbnail";
    EXPECT_TRUE(strip->hasImage(1));
    EXPECT_EQ(panel.photos().submission().image.GetWidth(), 360);
    screenshot("review-versions-latest-zh_CN.png");

    // A click on v1 in the strip shows it in place of the latest, without the checks' marks
    // (they measured v1 only when v1 was the latest; the caption says it is not the latest).
    const auto click = [&](int index) {
        wxMouseEvent e(wxEVT_LEFT_DOWN);
        const auto at = strip->itemRect(index).GetPosition() + wxPoint(20, 20);
        e.m_x = at.x;
        e.m_y = at.y;
        e.SetEventObject(strip);
        strip->GetEventHandler()->ProcessEvent(e);
        frame->Update();
        settle();
    };
    click(0);
    EXPECT_EQ(panel.photos().submission().image.GetWidth(), 480);
    EXPECT_EQ(panel.photos().submission().image.GetHeight(), 640);
    EXPECT_EQ(u8(panel.photos().submission().caption), "早先照片 第 1 版（2026-11-21），非最新");
    EXPECT_EQ(strip->selected(), 0);
    EXPECT_EQ(panel.photos().marksDrawn(), 0u);
    EXPECT_EQ(panel.current(), panel.list().at(0).id) << "still the same student";
    screenshot("review-versions-earlier-zh_CN.png");
    // And back to the latest.
    click(1);
    EXPECT_EQ(panel.photos().submission().image.GetWidth(), 360);
    EXPECT_EQ(strip->selected(), 1);
    EXPECT_TRUE(errors.empty()) << errors.front();
}

TEST_F(ReviewConsole, DuplicatesShowInTheListAndFilterAndTheFilterIsRemembered) {
    {
        // 李华 and 刘洋: the same face, flagged from both sides.
        auto ws = store::Workspace::open(tmp / "ws", clock);
        auto& store = ws->store();
        store::Transaction tx(store);
        const auto li = store.students().byStudentNo("20261002")->id;
        const auto liu = store.students().byStudentNo("20261004")->id;
        domain::DuplicateFlag f;
        f.kind = "same_face";
        f.closeness = 0.2;
        f.foundAt = clock.nowIso();
        f.studentId = li;
        f.otherStudentId = liu;
        f.photoVersionId = store.photoVersions().latestOf(li)->id;
        f.otherPhotoVersionId = store.photoVersions().latestOf(liu)->id;
        auto g = f;
        std::swap(g.studentId, g.otherStudentId);
        std::swap(g.photoVersionId, g.otherPhotoVersionId);
        store.duplicates().replaceAll({f, g});
        tx.commit();
    }
    auto* frame = makeFrame();
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws"));
    frame->showReview();
    auto& panel = *frame->reviewPanel();
    ASSERT_EQ(panel.list().count(), 6u);
    EXPECT_EQ(cell(panel, 0, ReviewListModel::Duplicate), "");
    EXPECT_EQ(cell(panel, 1, ReviewListModel::Duplicate), "20261004");
    EXPECT_EQ(cell(panel, 3, ReviewListModel::Duplicate), "20261002");

    // The check box: only the two.
    auto* box = panel.filterBar()->duplicatesOnly();
    box->SetValue(true);
    wxCommandEvent e(wxEVT_CHECKBOX, box->GetId());
    e.SetInt(1);
    e.SetEventObject(box);
    box->GetEventHandler()->ProcessEvent(e);
    settle();
    ASSERT_EQ(panel.list().count(), 2u);
    EXPECT_EQ(panel.list().at(0).studentNo, "20261002");
    EXPECT_EQ(panel.list().at(1).studentNo, "20261004");
    EXPECT_EQ(u8(panel.countText()), "显示 2 名学生，共 6 名");
    EXPECT_EQ(cell(panel, 0, ReviewListModel::Duplicate), "20261004");
    screenshot("review-duplicates-only-zh_CN.png");

    // Remembered like the other filters: the next time the console opens the workspace.
    frame->closeWorkspace();
    frame->Destroy();
    settle();
    auto* again = makeFrame();
    ASSERT_TRUE(again->openWorkspace(tmp / "ws"));
    auto& next = *again->reviewPanel();
    EXPECT_TRUE(next.list().filter().duplicatesOnly);
    EXPECT_TRUE(next.filterBar()->duplicatesOnly()->GetValue());
    EXPECT_EQ(next.list().count(), 2u);
    EXPECT_TRUE(errors.empty()) << errors.front();
}

TEST_F(ReviewConsole, ANewerPhotoArrivingWhileLookingIsShownInsteadOfDecidedOn) {
    auto* frame = makeFrame();
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws"));
    frame->showReview();
    auto& panel = *frame->reviewPanel();
    panel.setShowError(
        [this](const wxString& m, const wxString& h) { errors.push_back(u8(m + " | " + h)); });
    const auto liu = *panel.list().positionOf(panel.list().at(3).id);
    ASSERT_TRUE(panel.select(liu));
    EXPECT_EQ(panel.list().at(liu).version, 1);
    {
        // Meanwhile a retake of 刘洋 is imported (another window, another reviewer's import).
        auto other = store::Workspace::open(tmp / "ws", clock);
        store::Transaction tx(other->store());
        domain::PhotoVersion v2;
        v2.studentId = other->store().students().byStudentNo("20261004")->id;
        v2.sha256 = std::string(64, 'f');
        v2.sourceName = "20261004.jpg";
        v2.byteSize = 1000;
        v2.importedAt = clock.nowIso();
        other->store().photoVersions().add(v2);
        review::refreshStatus(other->store(), v2.studentId, "chsi-2017");
        tx.commit();
    }
    press(panel, 'A');
    EXPECT_TRUE(decisionLog().empty()) << "the decision was for v1, which is no longer the latest";
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].find("20261004"), std::string::npos) << errors[0];
    // The panel read the student again: the new version is the one on screen now.
    EXPECT_EQ(panel.current(), panel.list().at(liu).id);
    EXPECT_EQ(panel.list().at(liu).version, 2);
    errors.clear();
    press(panel, 'A');
    const auto log = decisionLog();
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].sha, std::string(64, 'f'));
    EXPECT_TRUE(errors.empty()) << errors.front();
}

TEST_F(ReviewConsole, CtrlZUndoesOnlyOurOwnDecisionAndAsksWhenItIsInABatch) {
    auto* frame = makeFrame();
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws"));
    frame->showReview();
    auto& panel = *frame->reviewPanel();
    panel.setShowError(
        [this](const wxString& m, const wxString& h) { errors.push_back(u8(m + " | " + h)); });
    const auto catalogue = review::ReasonCatalog::load(paths.templates / "reasons.json");
    // 刘洋: approved here, then rejected by 王老师 at another computer.
    ASSERT_TRUE(panel.select(3));
    press(panel, 'A');
    {
        auto other = store::Workspace::open(tmp / "ws", clock);
        const auto liu = other->store().students().byStudentNo("20261004")->id;
        const auto photo = other->store().photoVersions().latestOf(liu)->id;
        review::ReviewService(other->store(), "chsi-2017", catalogue, clock)
            .reject(liu, photo, "王老师", {"blurred"});
    }
    press(panel, 'Z', wxMOD_CONTROL);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].find("王老师"), std::string::npos) << errors[0];
    auto log = decisionLog();
    ASSERT_EQ(log.size(), 2u) << "王老师's rejection stays";
    EXPECT_EQ(log[1].kind, "reject");
    EXPECT_EQ(statusOf("20261004"), "retake");
    errors.clear();

    // 王小明: approved here, then put in an upload batch; Ctrl+Z asks, naming the batch.
    ASSERT_TRUE(panel.select(0));
    press(panel, 'A');
    {
        auto other = store::Workspace::open(tmp / "ws", clock);
        store::Transaction tx(other->store());
        const auto wang = other->store().students().byStudentNo("20261001")->id;
        domain::Batch b;
        b.kind = domain::BatchKind::Upload;
        b.number = "UP-20261121-07";
        b.createdAt = clock.nowIso();
        b.createdBy = "王老师";
        b.members.push_back({wang, other->store().photoVersions().latestOf(wang)->id});
        other->store().batches().create(b);
        review::refreshStatus(other->store(), wang, "chsi-2017");
        tx.commit();
    }
    wxString asked;
    panel.setConfirm([&](const wxString& q) {
        asked = q;
        return false;
    });
    press(panel, 'Z', wxMOD_CONTROL);
    EXPECT_NE(u8(asked).find("UP-20261121-07"), std::string::npos) << u8(asked);
    EXPECT_EQ(decisionLog().size(), 3u) << "declined: nothing undone";
    panel.setConfirm([](const wxString&) { return true; });
    press(panel, 'Z', wxMOD_CONTROL);
    log = decisionLog();
    ASSERT_EQ(log.size(), 4u);
    EXPECT_EQ(log[3].kind, "reversal");
    EXPECT_EQ(log[3].studentNo, "20261001");
    EXPECT_NE(log[3].note.find("UP-20261121-07"), std::string::npos) << log[3].note;
    EXPECT_TRUE(errors.empty()) << errors.front();
    // Nothing of ours left to undo: Ctrl+Z does nothing (李华's and others' decisions untouched).
    press(panel, 'Z', wxMOD_CONTROL);
    EXPECT_EQ(decisionLog().size(), 4u);
}

TEST_F(ReviewConsole, AsksTheReviewersNameOnceAndKeepsSettings) {
    config->DeleteEntry("/Review/Reviewer");
    auto* frame = makeFrame();
    ASSERT_TRUE(frame->openWorkspace(tmp / "ws"));
    frame->showReview();
    auto& panel = *frame->reviewPanel();
    int asked = 0;
    panel.setAskName([&] {
        ++asked;
        return wxString::FromUTF8(" 赵老师 ");
    });
    ASSERT_TRUE(panel.select(0));
    press(panel, 'A');
    press(panel, 'A');
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(u8(config->Read("/Review/Reviewer", "")), "赵老师");
    const auto log = decisionLog();
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[1].reviewer, "赵老师");

    // Settings: the deadline goes to the workspace, the name and language to this computer.
    frame->setDialogRunner([](wxDialog& dialog) {
        auto* settings = dynamic_cast<ReviewSettingsDialog*>(&dialog);
        if (settings == nullptr) {
            return wxID_CANCEL;
        }
        settings->reviewerField()->ChangeValue(wxString::FromUTF8("钱老师"));
        settings->deadlineField()->ChangeValue("2026-12-01");
        return wxID_OK;
    });
    frame->openSettings();
    EXPECT_EQ(u8(config->Read("/Review/Reviewer", "")), "钱老师");
    frame->showDashboard();
    ASSERT_TRUE(frame->dashboardPanel()->figures().daysLeft);
    EXPECT_EQ(*frame->dashboardPanel()->figures().daysLeft, 10);
    auto ws = store::Workspace::open(tmp / "ws", clock);
    EXPECT_EQ(ws->store().settings().get(review::kDeadlineSetting).value_or(""), "2026-12-01");
    EXPECT_TRUE(errors.empty()) << errors.front();
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
