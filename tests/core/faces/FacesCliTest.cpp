// gradphoto-cli compare-files, compare and duplicates as a user and a script see them: the
// JSON fields, one line per pair, exit codes, and a workspace run from import to duplicates.
#include "FacesFixtures.h"
#include "core/faces/ComparisonPolicy.h"
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

#include <thread>

namespace gp::test::faces {
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

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        out.push_back(line);
    }
    return out;
}

void write(const fs::path& file, const cv::Mat& image) {
    std::ofstream(file, std::ios::binary) << encodeJpeg(image, 92);
}

class FacesCli : public ::testing::Test {
protected:
    void SetUp() override {
        GP_REQUIRE_FACE_MODELS();
        policy = gp::faces::ComparisonPolicy::fromProfile(Shared::get().profile);
    }
    TempDir tmp;
    gp::faces::ComparisonPolicy policy;
};

TEST_F(FacesCli, CompareFilesPrintsDistanceSimilarityOutcomeAndFaces) {
    const auto same =
        cli({"--json", "compare-files", (photosDir() / "identities/obama-1.jpg").string(),
             (photosDir() / "identities/obama-2.jpg").string()});
    ASSERT_EQ(same.exitCode, 0) << same.err;
    ASSERT_EQ(lines(same.out).size(), 1u) << "exactly one JSON object";
    auto o = json(same.out);
    const double d = o->getValue<double>("distance");
    EXPECT_GT(d, 0.1);
    EXPECT_LE(d, policy.matchMaxDistance);
    EXPECT_NEAR(o->getValue<double>("similarity"), policy.similarity(d), 0.1);
    EXPECT_EQ(o->getValue<std::string>("outcome"), "match");
    EXPECT_EQ(o->getArray("faces")->getElement<int>(0), 1);
    EXPECT_EQ(o->getArray("faces")->getElement<int>(1), 1);

    const auto other =
        cli({"--json", "compare-files", (photosDir() / "identities/obama-1.jpg").string(),
             (photosDir() / "identities/biden-1.jpg").string()});
    o = json(other.out);
    EXPECT_EQ(o->getValue<std::string>("outcome"), "no_match");
    EXPECT_GT(o->getValue<double>("distance"), policy.reviewMaxDistance);
    EXPECT_LT(o->getValue<double>("similarity"), policy.similarityAtReview);

    cv::Mat blank(640, 480, CV_8UC3, cv::Scalar(255, 197, 100));
    write(tmp / "blank.jpg", blank);
    const auto none = cli({"--json", "compare-files", (tmp / "blank.jpg").string(),
                           (photosDir() / "portraits/fr-two-people.jpg").string()});
    ASSERT_EQ(none.exitCode, 0) << none.err;
    o = json(none.out);
    EXPECT_EQ(o->getValue<std::string>("outcome"), "no_face");
    EXPECT_TRUE(o->isNull("distance"));
    EXPECT_TRUE(o->isNull("similarity"));
    EXPECT_EQ(o->getArray("faces")->getElement<int>(0), 0);
    EXPECT_EQ(o->getArray("faces")->getElement<int>(1), 2);

    const auto text = cli({"compare-files", (photosDir() / "identities/obama-1.jpg").string(),
                           (photosDir() / "identities/obama-3.jpg").string()});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_THAT(text.out, HasSubstr("match  distance 0."));
    EXPECT_THAT(text.out, HasSubstr("faces 1/1"));

    EXPECT_EQ(cli({"compare-files", (tmp / "missing.jpg").string(), (tmp / "blank.jpg").string()})
                  .exitCode,
              1);
    EXPECT_EQ(cli({"compare-files", (tmp / "blank.jpg").string()}).exitCode, 1);
}

TEST_F(FacesCli, APairListGivesOneLinePerPair) {
    fs::create_directories(tmp / "photos");
    write(tmp / "photos" / "a.jpg", readPhoto("identities/lennon-1.jpg"));
    write(tmp / "photos" / "b.jpg", readPhoto("identities/lennon-2.jpg"));
    write(tmp / "photos" / "c.jpg", readPhoto("identities/clapton-1.jpg"));
    std::ofstream(tmp / "list.csv") << "a,b,note\nphotos/a.jpg,photos/b.jpg,same\n"
                                       "photos/a.jpg,photos/c.jpg,other\n"
                                       "photos/a.jpg,photos/missing.jpg,missing\n";
    const auto r = cli({"--json", "compare-files", "--pairs", (tmp / "list.csv").string()});
    EXPECT_EQ(r.exitCode, 1) << "one pair could not be compared";
    const auto out = lines(r.out);
    ASSERT_EQ(out.size(), 3u) << r.out;
    const auto first = json(out[0]);
    EXPECT_EQ(first->getValue<std::string>("a"), (tmp / "photos/a.jpg").string());
    EXPECT_NE(first->getValue<std::string>("outcome"), "no_match");
    EXPECT_LE(first->getValue<double>("distance"), policy.reviewMaxDistance);
    EXPECT_EQ(json(out[1])->getValue<std::string>("outcome"), "no_match");
    EXPECT_FALSE(json(out[2])->getValue<bool>("ok"));
    EXPECT_THAT(json(out[2])->getValue<std::string>("error"), HasSubstr("missing.jpg"));

    std::ofstream(tmp / "bad.csv") << "left,right\nx.jpg,y.jpg\n";
    const auto bad = cli({"compare-files", "--pairs", (tmp / "bad.csv").string()});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_THAT(bad.err, HasSubstr("no column \"a\""));
}

TEST_F(FacesCli, AWorkspaceFromImportToDuplicates) {
    const auto ws = (tmp / "w").string();
    ASSERT_EQ(cli({"init", ws}).exitCode, 0);
    std::ofstream(tmp / "r.csv") << "学号,姓名\n2021001,甲\n2021002,乙\n2021003,丙\n";
    ASSERT_EQ(cli({"-w", ws, "roster", "import", (tmp / "r.csv").string()}).exitCode, 0);
    fs::create_directories(tmp / "in");
    fs::create_directories(tmp / "enrollment");
    const auto obama = shrink(readPhoto("identities/obama-1.jpg"), 640);
    write(tmp / "in" / "2021001.jpg", obama);
    write(tmp / "in" / "2021002.jpg", mirror(obama)); // 2021001's photo, mirrored
    write(tmp / "in" / "2021003.jpg", shrink(readPhoto("identities/biden-1.jpg"), 640));
    write(tmp / "enrollment" / "2021001.jpg", shrink(readPhoto("identities/obama-3.jpg"), 400));
    ASSERT_EQ(cli({"-w", ws, "photos", "import", (tmp / "in").string()}).exitCode, 0);
    const auto imported =
        cli({"-w", ws, "photos", "import", (tmp / "enrollment").string(), "--kind", "enrollment"});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;

    auto r = cli({"-w", ws, "--json", "compare", "--jobs", "2"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto o = json(r.out);
    EXPECT_EQ(o->getValue<int>("photos"), 3);
    EXPECT_EQ(o->getValue<int>("compared"), 3);
    EXPECT_EQ(o->getValue<int>("match"), 1);
    EXPECT_EQ(o->getValue<int>("not_compared"), 2) << "two students have no reference photo";
    r = cli({"-w", ws, "--json", "compare", "--stale"});
    o = json(r.out);
    EXPECT_EQ(o->getValue<int>("compared"), 0);
    EXPECT_EQ(o->getValue<int>("current"), 3);

    r = cli({"-w", ws, "--json", "duplicates"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    o = json(r.out);
    const auto groups = o->getArray("groups");
    ASSERT_EQ(groups->size(), 1u) << r.out;
    const auto g = groups->getObject(0);
    EXPECT_EQ(g->getValue<std::string>("kind"), "same_face");
    const auto members = g->getArray("members");
    ASSERT_EQ(members->size(), 2u);
    EXPECT_EQ(members->getObject(0)->getValue<std::string>("student_no"), "2021001");
    EXPECT_EQ(members->getObject(1)->getValue<std::string>("student_no"), "2021002");

    const auto text = cli({"-w", ws, "duplicates"});
    EXPECT_THAT(text.out, HasSubstr("same_face"));
    EXPECT_THAT(text.out, HasSubstr("2021001 2021002"));
}

} // namespace
} // namespace gp::test::faces
