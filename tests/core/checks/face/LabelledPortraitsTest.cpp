// The real portraits in ../shared/testdata/photos get the verdicts a reviewer would give:
// every defect labels.csv says a reviewer must flag is flagged by the check concerned.
#include "core/checks/PhotoVerdict.h"
#include "core/checks/analysis/PhotoAnalysis.h"
#include "core/checks/measures/FaceChecks.h"
#include "core/checks/measures/ImageChecks.h"
#include "tests/core/checks/face/FaceFixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace gp::checks {
namespace {

/// What a label in labels.csv means in checks: the check and the verdicts that count as flagged.
const std::map<std::string, std::pair<std::string, std::vector<Verdict>>> kLabelToCheck{
    {"image size", {"file.pixel_size", {Verdict::Fail}}},
    {"background not uniform", {"background.uniform", {Verdict::Fail}}},
    {"more than one face", {"faces.count", {Verdict::Fail}}},
    {"face cut by the image edge", {"faces.inside", {Verdict::Fail}}},
    {"face too small", {"framing.face_width", {Verdict::Fail}}},
    {"face too small for the framing bands", {"framing.face_width", {Verdict::Fail}}},
    {"head ornament (human eye)", {"human_eye.head_covering", {Verdict::Warn}}},
};

/// Labels the checks do not catch yet, said here rather than skipped silently (none now: the hair
/// band of hivision-test2 is the strongly coloured share of its crown, human_eye.head_covering).
const std::vector<std::string> kKnownGaps{};

TEST(LabelledPortraits, EveryLabelledDefectIsFlagged) {
    auto& shared = test::face::Shared::get();
    if (!shared.models) {
        GTEST_SKIP() << shared.missing;
    }
    const auto csv = test::face::photosDir() / "labels.csv";
    std::ifstream in(csv);
    if (!in) {
        GTEST_SKIP() << "no " << csv;
    }
    auto list = faceChecks();
    for (auto& c : imageChecks()) {
        list.push_back(std::move(c));
    }
    std::string line;
    std::getline(in, line); // header
    int checkedLabels = 0;
    while (std::getline(in, line)) {
        std::vector<std::string> fields;
        std::stringstream row(line);
        for (std::string f; std::getline(row, f, ',');) {
            fields.push_back(f);
        }
        if (fields.size() < 4 || fields[3].empty()) {
            continue;
        }
        const auto file = test::face::photosDir() / fields[0];
        PhotoAnalysis analysis(test::face::readFile(file), file.filename().string(), shared.profile,
                               *shared.models);
        const auto verdict = runChecks(list, analysis);
        EXPECT_EQ(verdict.verdict, PhotoVerdictKind::Fail) << fields[0];
        std::stringstream labels(fields[3]);
        for (std::string label; std::getline(labels, label, ';');) {
            label.erase(0, label.find_first_not_of(' '));
            if (std::find(kKnownGaps.begin(), kKnownGaps.end(), label) != kKnownGaps.end()) {
                continue;
            }
            const auto it = kLabelToCheck.find(label);
            ASSERT_NE(it, kLabelToCheck.end()) << "no check for the label \"" << label << "\"";
            const auto& [checkId, flagged] = it->second;
            const auto outcome = std::find_if(verdict.outcomes.begin(), verdict.outcomes.end(),
                                              [&](const auto& o) { return o.checkId == checkId; });
            ASSERT_NE(outcome, verdict.outcomes.end()) << checkId;
            EXPECT_NE(std::find(flagged.begin(), flagged.end(), outcome->verdict), flagged.end())
                << fields[0] << ": \"" << label << "\" should be flagged by " << checkId
                << ", which says " << toCode(outcome->verdict) << " (" << outcome->detail << ")";
            ++checkedLabels;
        }
    }
    EXPECT_GE(checkedLabels, 12);
}

/// The plain-backdrop portraits labels.csv flags for nothing but their size are not failed on
/// what a reviewer accepts: hivision-test0's studio side light (20 L* between the face halves)
/// is a warning, not a half-dark face, and the dark suit's edge beside its backdrop is not a
/// shadow.
TEST(LabelledPortraits, PlainBackdropPortraitsAreNotOverFlagged) {
    auto& shared = test::face::Shared::get();
    if (!shared.models) {
        GTEST_SKIP() << shared.missing;
    }
    auto list = faceChecks();
    for (auto& c : imageChecks()) {
        list.push_back(std::move(c));
    }
    for (const std::string name : {"hivision-test0.jpg", "hivision-test3.jpg"}) {
        const auto file = test::face::photosDir() / "portraits" / name;
        if (!std::filesystem::exists(file)) {
            GTEST_SKIP() << "no " << file;
        }
        PhotoAnalysis analysis(test::face::readFile(file), name, shared.profile, *shared.models);
        const auto verdict = runChecks(list, analysis);
        for (const auto& o : verdict.outcomes) {
            if (o.checkId == "background.shadow" || o.checkId == "background.uniform" ||
                o.checkId == "background.colour") {
                EXPECT_EQ(o.verdict, Verdict::Pass) << name << " " << o.checkId << ": " << o.detail;
            }
            if (o.checkId == "lighting.asymmetry") {
                EXPECT_NE(o.verdict, Verdict::Fail) << name << ": " << o.detail;
                if (name == "hivision-test0.jpg") {
                    EXPECT_EQ(o.verdict, Verdict::Warn) << o.detail;
                    EXPECT_GT(o.measures.at(0).value,
                              shared.profile.number("lighting.warn_asymmetry"));
                    EXPECT_LE(o.measures.at(0).value,
                              shared.profile.number("lighting.max_asymmetry"));
                }
            }
        }
    }
}

} // namespace
} // namespace gp::checks
