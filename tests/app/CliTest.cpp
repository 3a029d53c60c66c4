// gradphoto-cli as a user and a script see it: output, JSON and exit codes.
#include "core/intake/IdNumber.h"
#include "core/store/Migration.h"
#include "core/store/sqlite/SqliteDatabase.h"
#include "tests/support/TempDir.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <map>
#include <opencv2/imgcodecs.hpp>
#include <sstream>
#include <thread>

namespace gp {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

struct Run {
    int exitCode = 0;
    std::string out;
    std::string err;
};

Run cli(const std::vector<std::string>& args, const Poco::Process::Env& env = {}) {
    Poco::Pipe out, err;
    auto handle = Poco::Process::launch(GRADPHOTO_CLI, args, ".", nullptr, &out, &err, env);
    Run r;
    std::thread errReader([&] {
        Poco::PipeInputStream s(err);
        Poco::StreamCopier::copyToString(s, r.err);
    });
    Poco::PipeInputStream s(out);
    Poco::StreamCopier::copyToString(s, r.out);
    errReader.join();
    r.exitCode = handle.wait();
    return r;
}

Poco::JSON::Object::Ptr json(const std::string& text) {
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

TEST(Cli, VersionAndHelp) {
    const auto v = cli({"--version"});
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_THAT(v.out, HasSubstr("gradphoto-cli 0."));
    const auto h = cli({"--help"});
    EXPECT_EQ(h.exitCode, 0);
    for (const auto* word : {"init", "info", "models", "--json", "GRADPHOTO_WORKSPACE"}) {
        EXPECT_THAT(h.out, HasSubstr(word));
    }
}

TEST(Cli, InitThenInfoInTextAndJson) {
    test::TempDir tmp;
    const auto ws = (tmp / "campaign").string();
    const auto init = cli({"init", ws, "--name", "2026届春季"});
    ASSERT_EQ(init.exitCode, 0) << init.err;
    EXPECT_THAT(init.out, HasSubstr("Created a workspace in " + ws));

    const auto info = cli({"-w", ws, "info"});
    ASSERT_EQ(info.exitCode, 0) << info.err;
    EXPECT_THAT(info.out, HasSubstr("2026届春季"));
    EXPECT_THAT(info.out, HasSubstr("chsi-2017"));
    EXPECT_THAT(info.out, HasSubstr("Students"));
    EXPECT_THAT(info.out, HasSubstr("not submitted"));

    const auto j = cli({"-w", ws, "info", "--json"});
    ASSERT_EQ(j.exitCode, 0) << j.err;
    const auto o = json(j.out);
    EXPECT_EQ(o->getValue<std::string>("name"), "2026届春季");
    EXPECT_EQ(o->getValue<std::string>("profile"), "chsi-2017");
    EXPECT_EQ(o->getValue<int>("schema_version"), gp::store::workspaceMigrations().back().version);
    EXPECT_EQ(o->getValue<int>("students"), 0);
    EXPECT_EQ(o->getObject("students_by_status")->getValue<int>("not_submitted"), 0);
}

TEST(Cli, WorkspaceFromTheEnvironment) {
    test::TempDir tmp;
    ASSERT_EQ(cli({"init", (tmp / "w").string()}).exitCode, 0);
    const auto r = cli({"info", "--json"}, {{"GRADPHOTO_WORKSPACE", (tmp / "w").string()}});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(json(r.out)->getValue<std::string>("name"), "w");
}

TEST(Cli, InitWithTheIdCardProfile) {
    test::TempDir tmp;
    const auto r = cli({"--json", "init", (tmp / "w").string(), "--profile", "id-card-358x441"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(json(r.out)->getValue<std::string>("profile"), "id-card-358x441");
}

TEST(Cli, UserErrorsExitWithOneAndGiveAHint) {
    test::TempDir tmp;
    auto r = cli({"info"}, {{"GRADPHOTO_WORKSPACE", ""}});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.err, HasSubstr("No workspace given"));
    EXPECT_THAT(r.err, HasSubstr("-w DIR"));

    r = cli({"-w", (tmp / "missing").string(), "info"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.err, HasSubstr("There is no folder"));

    r = cli({"-w", tmp.path().string(), "info"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.err, HasSubstr("not a GradPhoto workspace"));

    r = cli({"init", (tmp / "w").string(), "--profile", "no-such-profile"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.err, HasSubstr("no photo profile \"no-such-profile\""));
    EXPECT_FALSE(fs::exists(tmp / "w")) << "nothing created for a bad profile";

    r = cli({"frobnicate"});
    EXPECT_EQ(r.exitCode, 1);

    r = cli({"--json", "-w", (tmp / "missing").string(), "info"});
    EXPECT_EQ(r.exitCode, 1);
    const auto o = json(r.out);
    EXPECT_FALSE(o->getValue<bool>("ok"));
    EXPECT_THAT(o->getValue<std::string>("error"), HasSubstr("There is no folder"));
}

TEST(Cli, NewerWorkspaceIsRefused) {
    test::TempDir tmp;
    const auto ws = tmp / "w";
    ASSERT_EQ(cli({"init", ws.string()}).exitCode, 0);
    {
        store::SqliteDatabase db(ws / "workspace.db");
        db.exec("PRAGMA user_version = 5");
    }
    const auto r = cli({"-w", ws.string(), "info"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.err, HasSubstr("newer GradPhoto Console"));
}

TEST(Cli, ModelsStatusNamesTheFolderAndTheInstallCommand) {
    test::TempDir tmp;
    const auto r = cli({"models", "status"}, {{"GRADPHOTO_MODELS", (tmp / "models").string()}});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.out, HasSubstr("MISSING"));
    EXPECT_THAT(r.err, HasSubstr((tmp / "models").string()));
    EXPECT_THAT(r.err, HasSubstr("gradphoto-cli models install"));

    const auto j = cli({"models", "--json"}, {{"GRADPHOTO_MODELS", (tmp / "models").string()}});
    EXPECT_EQ(j.exitCode, 1);
    const auto o = json(j.out); // the whole output is one JSON object
    EXPECT_FALSE(o->getValue<bool>("complete"));
    EXPECT_FALSE(o->getValue<bool>("ok"));
    EXPECT_THAT(o->getValue<std::string>("hint"), HasSubstr("gradphoto-cli models install"));
}

TEST(Cli, JsonOutputIsOneObjectWithOk) {
    test::TempDir tmp;
    const auto init = cli({"--json", "init", (tmp / "w").string()});
    ASSERT_EQ(init.exitCode, 0);
    EXPECT_TRUE(json(init.out)->getValue<bool>("ok"));
    const auto bad = cli({"--json", "init"});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_FALSE(json(bad.out)->getValue<bool>("ok")) << "option errors are JSON too";
}

TEST(Cli, TrailingSlashStillNamesTheCampaignAfterTheFolder) {
    test::TempDir tmp;
    const auto r = cli({"--json", "init", (tmp / "spring2026").string() + "/"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(json(r.out)->getValue<std::string>("name"), "spring2026");
}

TEST(Cli, ADamagedDatabaseIsReportedAndLogged) {
    test::TempDir tmp;
    const auto ws = tmp / "w";
    ASSERT_EQ(cli({"init", ws.string()}).exitCode, 0);
    {
        // Scribble over the middle of the file, past the header, as a failing disk would.
        std::fstream f(ws / "workspace.db", std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096 + 100);
        const std::string junk(8192, '\x5a');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    const auto r = cli({"-w", ws.string(), "info"});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_THAT(r.err, HasSubstr("damaged"));
    EXPECT_THAT(r.err, HasSubstr("backup"));
    std::ifstream log(ws / "logs" / "gradphoto.log");
    std::string text((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
    EXPECT_THAT(text, HasSubstr("damaged"));
}

std::string validId(const std::string& first17) {
    return first17 + intake::mod11_2CheckCharacter(first17);
}

TEST(Cli, RosterImportPreviewRefusalAndAcceptValid) {
    test::TempDir tmp;
    const auto ws = (tmp / "w").string();
    ASSERT_EQ(cli({"init", ws}).exitCode, 0);
    std::ofstream(tmp / "r.csv") << "学号,姓名,身份证号,教学点\n1,甲,"
                                 << validId("99010119900307123")
                                 << ",西安\n2,乙,6.10102E+17,西安\n";
    const auto dry =
        cli({"-w", ws, "--json", "roster", "import", (tmp / "r.csv").string(), "--dry-run"});
    EXPECT_EQ(dry.exitCode, 1) << "errors refuse even a dry run's 'would apply'";
    auto o = json(dry.out);
    EXPECT_EQ(o->getValue<int>("added"), 1);
    EXPECT_EQ(o->getValue<int>("error_rows"), 1);
    EXPECT_FALSE(o->getValue<bool>("applied"));
    const auto problems = o->getArray("problems");
    ASSERT_EQ(problems->size(), 1u);
    EXPECT_EQ(problems->getObject(0)->getValue<std::string>("code"), "id_scientific");
    EXPECT_EQ(problems->getObject(0)->getValue<int>("row"), 3);
    EXPECT_TRUE(fs::exists(o->getValue<std::string>("report")));

    const auto refused = cli({"-w", ws, "roster", "import", (tmp / "r.csv").string()});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_THAT(refused.err, HasSubstr("--accept-valid"));
    const auto ok =
        cli({"-w", ws, "--json", "roster", "import", (tmp / "r.csv").string(), "--accept-valid"});
    EXPECT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_TRUE(json(ok.out)->getValue<bool>("applied"));
    const auto list = cli({"-w", ws, "--json", "students", "list"});
    ASSERT_EQ(list.exitCode, 0);
    const auto students = json(list.out)->getArray("students");
    ASSERT_EQ(students->size(), 1u);
    EXPECT_EQ(students->getObject(0)->getValue<std::string>("id_number"), "9901**********1237")
        << "masked in lists";
}

TEST(Cli, CentersAndPhotos) {
    test::TempDir tmp;
    const auto ws = (tmp / "w").string();
    ASSERT_EQ(cli({"init", ws}).exitCode, 0);
    std::ofstream(tmp / "r.csv") << "学号,姓名,教学点\n2021001,甲,西安\n2021002,乙,宝鸡\n";
    ASSERT_EQ(cli({"-w", ws, "roster", "import", (tmp / "r.csv").string()}).exitCode, 0);
    std::ofstream(tmp / "c.csv")
        << "教学点,联系人,联系电话,邮寄地址,邮编\n西安,王老师,029-1,西安市,710061\n";
    const auto c = cli({"-w", ws, "--json", "centers", "import", (tmp / "c.csv").string()});
    ASSERT_EQ(c.exitCode, 0) << c.err;
    EXPECT_EQ(json(c.out)->getValue<int>("updated"), 1);
    EXPECT_EQ(json(c.out)->getArray("missing_details")->getElement<std::string>(0), "宝鸡");

    fs::create_directories(tmp / "in");
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", cv::Mat(640, 480, CV_8UC3, cv::Scalar(255, 197, 100)), jpeg);
    std::ofstream(tmp / "in" / "甲_2021001.jpg", std::ios::binary)
        .write(reinterpret_cast<const char*>(jpeg.data()),
               static_cast<std::streamsize>(jpeg.size()));
    std::ofstream(tmp / "in" / "3000.jpg") << "not a photo";
    const auto p = cli({"-w", ws, "--json", "photos", "import", (tmp / "in").string()});
    ASSERT_EQ(p.exitCode, 0) << p.err;
    const auto o = json(p.out);
    EXPECT_EQ(o->getValue<int>("new_versions"), 1);
    EXPECT_EQ(o->getObject("refused")->getValue<int>("not_an_image"), 1);
    const auto list = cli({"-w", ws, "students", "list", "--status", "awaiting_check"});
    EXPECT_THAT(list.out, HasSubstr("2021001"));
    EXPECT_THAT(list.out, HasSubstr("甲_2021001.jpg"));
    EXPECT_EQ(
        cli({"-w", ws, "photos", "import", (tmp / "in").string(), "--kind", "selfie"}).exitCode, 1);
    EXPECT_EQ(cli({"-w", ws, "students", "list", "--center", "上海"}).exitCode, 1);

    // Progress per center: one line each, right-aligned figures, and the note that says how
    // the check columns and the decision columns relate.
    const auto by = cli({"-w", ws, "summary", "--by-center"});
    ASSERT_EQ(by.exitCode, 0) << by.err;
    EXPECT_THAT(by.out, HasSubstr("检测待人工"));
    EXPECT_THAT(by.out, HasSubstr("检测三列：每人最新照片的自动检测结论"));
    std::istringstream lines(by.out);
    std::map<std::string, std::string> rows;
    for (std::string line; std::getline(lines, line);) {
        rows[line.substr(0, line.find(' '))] = line;
    }
    // 西安: 1 student, 1 submitted (not checked yet), 0 missing; 宝鸡: 1 student, 1 missing.
    EXPECT_THAT(rows["西安"], ::testing::MatchesRegex("西安 +1 +1 +0 +0 +0 +0 +0 +0"));
    EXPECT_THAT(rows["宝鸡"], ::testing::MatchesRegex("宝鸡 +1 +0 +0 +0 +0 +0 +0 +1"));
    EXPECT_THAT(rows["合计"], ::testing::MatchesRegex("合计 +2 +1 +0 +0 +0 +0 +0 +1"));
}

void writeJpeg(const fs::path& file, const cv::Scalar& colour) {
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", cv::Mat(640, 480, CV_8UC3, colour), jpeg);
    std::ofstream(file, std::ios::binary)
        .write(reinterpret_cast<const char*>(jpeg.data()),
               static_cast<std::streamsize>(jpeg.size()));
}

TEST(Cli, DecideNamesThePhotoAndRefusesWhenANewerOneArrived) {
    test::TempDir tmp;
    const auto ws = (tmp / "w").string();
    ASSERT_EQ(cli({"init", ws}).exitCode, 0);
    std::ofstream(tmp / "r.csv") << "学号,姓名,教学点\n2021001,甲,西安\n";
    ASSERT_EQ(cli({"-w", ws, "roster", "import", (tmp / "r.csv").string()}).exitCode, 0);
    fs::create_directories(tmp / "a");
    writeJpeg(tmp / "a" / "甲_2021001.jpg", cv::Scalar(255, 197, 100));
    ASSERT_EQ(cli({"-w", ws, "photos", "import", (tmp / "a").string()}).exitCode, 0);
    const auto first = cli({"-w", ws, "--json", "decide", "2021001", "reject", "--reason",
                            "blurred", "--reviewer", "李老师"});
    ASSERT_EQ(first.exitCode, 0) << first.err;
    const auto sha1 = json(first.out)->getObject("decision")->getValue<std::string>("photo_sha256");
    EXPECT_EQ(json(first.out)->getValue<int>("photo_version"), 1);
    ASSERT_EQ(sha1.size(), 64u);
    const auto text = cli({"-w", ws, "decide", "2021001", "approve", "--photo", sha1.substr(0, 10),
                           "--reviewer", "李老师"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("v1 " + sha1.substr(0, 12)));

    // A retake arrives: a decision guarded with the old photo is refused, nothing recorded.
    fs::create_directories(tmp / "b");
    writeJpeg(tmp / "b" / "甲_2021001.jpg", cv::Scalar(250, 190, 90));
    ASSERT_EQ(cli({"-w", ws, "photos", "import", (tmp / "b").string()}).exitCode, 0);
    const auto stale = cli({"-w", ws, "decide", "2021001", "approve", "--photo", sha1.substr(0, 10),
                            "--reviewer", "李老师"});
    EXPECT_EQ(stale.exitCode, 1);
    EXPECT_THAT(stale.err, HasSubstr("newer photo"));
    const auto h = cli({"-w", ws, "--json", "history", "2021001"});
    EXPECT_EQ(json(h.out)->getArray("decisions")->size(), 2u);

    // undo: the approval in force is on v1, the latest is v2; the rejection is not in force.
    const auto onOld = cli({"-w", ws, "decide", "2021001", "undo", "--reviewer", "李老师"});
    EXPECT_EQ(onOld.exitCode, 1);
    EXPECT_THAT(onOld.err, HasSubstr("earlier photo"));
    const auto firstId = json(first.out)->getObject("decision")->getValue<int>("id");
    const auto notInForce = cli({"-w", ws, "decide", "2021001", "undo", "--decision",
                                 std::to_string(firstId), "--reviewer", "李老师"});
    EXPECT_EQ(notInForce.exitCode, 1);
    EXPECT_THAT(notInForce.err, HasSubstr("no longer in force"));
    // On the latest photo: decided, then undone (the decision in force by default).
    const auto v2 = cli({"-w", ws, "--json", "decide", "2021001", "reject", "--reason", "blurred",
                         "--reviewer", "王老师"});
    ASSERT_EQ(v2.exitCode, 0) << v2.err;
    EXPECT_EQ(json(v2.out)->getValue<int>("photo_version"), 2);
    const auto undo =
        cli({"-w", ws, "--json", "decide", "2021001", "undo", "--reviewer", "王老师"});
    ASSERT_EQ(undo.exitCode, 0) << undo.err;
    EXPECT_EQ(json(undo.out)->getObject("decision")->getValue<int>("reverses"),
              json(v2.out)->getObject("decision")->getValue<int>("id"));
    EXPECT_EQ(json(undo.out)->getValue<std::string>("status"), "awaiting_check");
}

bool modelsInstalled() {
    return cli({"models", "status"}).exitCode == 0;
}

TEST(Cli, CheckFileReportsEveryCheckAndAnnotates) {
    if (!modelsInstalled()) {
        GTEST_SKIP() << "face models not installed; run: gradphoto-cli models install";
    }
    test::TempDir tmp;
    // No face at all: the face checks say so, the photo fails, nothing crashes.
    cv::Mat blank(640, 480, CV_8UC3, cv::Scalar(255, 197, 100));
    cv::imwrite((tmp / "blank.jpg").string(), blank);
    const auto r = cli({"--json", "check-file", (tmp / "blank.jpg").string(), "--annotate",
                        (tmp / "blank.png").string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto o = json(r.out);
    EXPECT_EQ(o->getValue<std::string>("verdict"), "fail");
    EXPECT_EQ(o->getValue<std::string>("profile"), "chsi-2017");
    const auto checks = o->getArray("checks");
    ASSERT_GT(checks->size(), 30u);
    EXPECT_EQ(checks->getObject(0)->getValue<std::string>("id"), "faces.count");
    EXPECT_EQ(checks->getObject(0)->getValue<std::string>("verdict"), "fail");
    EXPECT_EQ(checks->getObject(0)->getValue<std::string>("reason"), "no_face");
    for (std::size_t i = 0; i < checks->size(); ++i) {
        const auto c = checks->getObject(static_cast<unsigned>(i));
        EXPECT_TRUE(c->has("value") && c->has("limit") && c->has("reason")) << i;
    }
    EXPECT_TRUE(fs::exists(tmp / "blank.png"));

    const auto text =
        cli({"check-file", (tmp / "blank.jpg").string(), "--profile", "id-card-358x441"});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_THAT(text.out, HasSubstr("against id-card-358x441: fail"));
    EXPECT_THAT(text.out, HasSubstr("FAIL  file.pixel_size"));

    EXPECT_EQ(cli({"check-file", (tmp / "missing.jpg").string()}).exitCode, 1);
    EXPECT_EQ(cli({"check-file", (tmp / "blank.jpg").string(), "--profile", "nope"}).exitCode, 1);
}

TEST(Cli, CheckRunsOverTheWorkspaceOnce) {
    if (!modelsInstalled()) {
        GTEST_SKIP() << "face models not installed; run: gradphoto-cli models install";
    }
    test::TempDir tmp;
    const auto ws = (tmp / "w").string();
    ASSERT_EQ(cli({"init", ws}).exitCode, 0);
    std::ofstream(tmp / "r.csv") << "学号,姓名\n2021001,甲\n2021002,乙\n";
    ASSERT_EQ(cli({"-w", ws, "roster", "import", (tmp / "r.csv").string()}).exitCode, 0);
    fs::create_directories(tmp / "in");
    cv::imwrite((tmp / "in" / "2021001.jpg").string(),
                cv::Mat(640, 480, CV_8UC3, cv::Scalar::all(250)));
    cv::imwrite((tmp / "in" / "2021002.jpg").string(),
                cv::Mat(640, 480, CV_8UC3, cv::Scalar::all(240)));
    ASSERT_EQ(cli({"-w", ws, "photos", "import", (tmp / "in").string()}).exitCode, 0);
    auto r = cli({"-w", ws, "--json", "check", "--jobs", "2"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(json(r.out)->getValue<int>("checked"), 2);
    EXPECT_EQ(json(r.out)->getValue<int>("fail"), 2);
    r = cli({"-w", ws, "--json", "check"});
    EXPECT_EQ(json(r.out)->getValue<int>("checked"), 0);
    EXPECT_EQ(json(r.out)->getValue<int>("current"), 2);
    const auto list = cli({"-w", ws, "students", "list", "--status", "awaiting_review"});
    EXPECT_THAT(list.out, HasSubstr("2 student(s)"));
}

} // namespace
} // namespace gp
