// gradphoto-cli report as a user and a script see it: files written, the JSON summary, progress
// on stderr, and exit code 1 with a clear message for an unknown kind, an unknown center and an
// unwritable folder.
#include "core/intake/roster/SheetTable.h"
#include "tests/reports/CampaignFixture.h"
#include "tests/support/TempDir.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
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

Run cli(const std::vector<std::string>& args) {
    Poco::Pipe out, err;
    auto handle = Poco::Process::launch(GRADPHOTO_CLI, args, ".", nullptr, &out, &err);
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

class ReportCli : public ::testing::Test {
protected:
    ReportCli() {
        FixedClock clock = test::fixedClock();
        test::CampaignFixture campaign(tmp / "ws", clock);
    }
    std::string ws() const { return (tmp / "ws").string(); }

    test::TempDir tmp;
};

TEST_F(ReportCli, StatusWritesTheWorkbookAndSummarisesItInJson) {
    const auto out = (tmp / "out").string();
    const auto r = cli({"-w", ws(), "--json", "report", "status", "--out", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto o = json(r.out);
    EXPECT_TRUE(o->getValue<bool>("ok"));
    EXPECT_EQ(o->getValue<std::string>("kind"), "status");
    const auto files = o->getArray("files");
    ASSERT_EQ(files->size(), 1u);
    const fs::path file = files->getElement<std::string>(0);
    EXPECT_EQ(file.parent_path(), fs::path(out));
    const auto book = intake::readWorkbook(file);
    EXPECT_EQ(book.sheets.at(0).name, "汇总");
    EXPECT_EQ(book.sheets.at(0).rows.size(), 7u) << "header, five centers, total";
    const auto counts = o->getObject("counts");
    EXPECT_EQ(counts->getValue<int>("students"), 29);
    EXPECT_EQ(counts->getValue<int>("approved"), 15);
    EXPECT_EQ(counts->getValue<int>("not_submitted"), 5);
    EXPECT_EQ(o->getArray("problems")->size(), 4u);
    EXPECT_THAT(r.err, HasSubstr("status: 29/29 students read"));
    EXPECT_THAT(r.err, HasSubstr("wrote " + file.string()));
}

TEST_F(ReportCli, SplitAndOneCenterInText) {
    const auto out = (tmp / "out").string();
    auto r = cli({"-w", ws(), "report", "status", "--out", out, "--split"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 5) << r.out;
    r = cli({"-w", ws(), "report", "missing", "--out", out, "--center", "南区函授站"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("南区函授站-未采集名单-"));
}

TEST_F(ReportCli, AllRunsEveryKind) {
    const auto out = (tmp / "out").string();
    const auto r = cli({"-w", ws(), "--json", "report", "all", "--out", out, "--seed", "7"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto o = json(r.out);
    const auto reports = o->getArray("reports");
    std::vector<std::string> kinds;
    for (std::size_t i = 0; i < reports->size(); ++i) {
        kinds.push_back(
            reports->getObject(static_cast<unsigned>(i))->getValue<std::string>("kind"));
    }
    EXPECT_THAT(kinds, ::testing::IsSupersetOf({"status", "retakes", "missing", "spotcheck"}));
    EXPECT_EQ(o->getValue<std::size_t>("files"), kinds.size());
    std::size_t onDisk = 0;
    for (const auto& e : fs::directory_iterator(out)) {
        onDisk += e.path().extension() == ".xlsx" ? 1 : 0;
    }
    EXPECT_EQ(onDisk, kinds.size());
}

TEST_F(ReportCli, MistakesExitWithOneAndSayWhatToDo) {
    const auto out = tmp / "out";
    auto r = cli({"-w", ws(), "report", "statuss", "--out", out.string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.err, HasSubstr("There is no report \"statuss\""));
    EXPECT_THAT(r.err, HasSubstr("status, retakes, missing, spotcheck"));

    r = cli({"-w", ws(), "--json", "report", "status", "--out", out.string(), "--center", "火星"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.err, HasSubstr("There is no center \"火星\""));
    EXPECT_FALSE(json(r.out)->getValue<bool>("ok"));
    EXPECT_FALSE(fs::exists(out)) << "nothing created for an unknown center";

    std::ofstream(tmp / "a-file") << "x";
    r = cli({"-w", ws(), "report", "status", "--out", (tmp / "a-file" / "sub").string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.err, HasSubstr("Cannot create the output folder"));
    EXPECT_THAT(r.err, ::testing::Not(HasSubstr("students read"))) << "no work before the check";

    r = cli({"-w", ws(), "report", "spotcheck", "--out", out.string(), "--share", "half"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.err, HasSubstr("not a fraction"));
    r = cli({"-w", ws(), "report", "spotcheck", "--out", out.string(), "--share", "5"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.err, HasSubstr("not a fraction between 0 and 1"));
    EXPECT_FALSE(fs::exists(out)) << "no output folder is made for a refused option";

    // An option the chosen report does not read is refused, not silently ignored.
    r = cli({"-w", ws(), "report", "mailing", "--out", out.string(), "--name", "student-no"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.err, HasSubstr("The option --name does not apply to \"mailing\"; it is an "
                                 "option of upload-package."));
    EXPECT_THAT(r.err, HasSubstr("gradphoto-cli report upload-package --name student-no"));
    r = cli({"-w", ws(), "report", "status", "--out", out.string(), "--include-mailed"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.err, HasSubstr("it is an option of mailing"));
    r = cli({"-w", ws(), "report", "all", "--out", out.string(), "--max-mb", "10"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.err, HasSubstr("--max-mb does not apply to \"all\""));
    EXPECT_FALSE(fs::exists(out)) << "nothing is written when an option is refused";
    // `all` takes what any of its four sheets reads.
    r = cli({"-w", ws(), "report", "all", "--out", out.string(), "--share", "0.5", "--split"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
}

} // namespace
} // namespace gp
