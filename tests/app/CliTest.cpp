// gradphoto-cli as a user and a script see it: output, JSON and exit codes.
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
    EXPECT_EQ(o->getValue<int>("schema_version"), 1);
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

TEST(Cli, UserErrorsExitWithOneAndSayWhatToDo) {
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

} // namespace
} // namespace gp
