// A workspace with students, photo versions, check runs and face comparisons written straight
// through the repositories, for the review tests.
#pragma once

#include "core/review/ReasonCatalog.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"
#include "gradphoto/BuildInfo.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <filesystem>
#include <string>

namespace gp::review::test {

inline std::string sha(int n) {
    std::string s = std::to_string(n);
    return std::string(64 - s.size(), 'a') + s;
}

inline ReasonCatalog reasons() {
    return ReasonCatalog::load(std::filesystem::path(build::kSourceDir) / "templates" /
                               "reasons.json");
}

class ReviewWorkspace {
public:
    ReviewWorkspace()
        : clock(gp::test::fixedClock()), ws(gp::test::newWorkspace(dir / "ws", clock)) {}

    store::WorkspaceStore& store() { return ws->store(); }

    domain::CenterId addCenter(const std::string& name) {
        auto c = gp::test::center(name);
        return store().centers().add(c);
    }
    domain::StudentId addStudent(const std::string& no, const std::string& name,
                                 domain::CenterId center = 0, const std::string& idNumber = "") {
        auto s = gp::test::student(no, name, center);
        s.idNumber = idNumber;
        s.examNo = "26610" + no;
        return store().students().add(s);
    }
    domain::PhotoVersion addPhoto(domain::StudentId student) {
        domain::PhotoVersion p;
        p.studentId = student;
        p.sha256 = sha(++shaCounter);
        p.sourceName = std::to_string(student) + ".jpg";
        p.byteSize = 30000;
        p.image = {"jpeg", 480, 640, 1};
        p.importedAt = clock.nowIso();
        store().photoVersions().add(p);
        return p;
    }
    void addRun(domain::SubmissionId photo, const std::string& verdict,
                const std::string& failedReason = "") {
        domain::CheckRun run;
        run.submissionId = photo;
        run.profileId = "chsi-2017";
        run.profileVersion = 1;
        run.engineVersion = "1";
        run.verdict = verdict;
        run.startedAt = run.finishedAt = clock.nowIso();
        run.results.push_back({"file.size", "pass", "{\"width\":480}", "480x640", "", "[]"});
        if (!failedReason.empty()) {
            run.results.push_back(
                {"framing.head_top", "fail", "{\"px\":30}", "50-110 px", failedReason, "[]"});
        }
        store().checkRuns().save(run);
    }
    domain::ReferencePhotoId addEnrollment(domain::StudentId student) {
        domain::ReferencePhoto r;
        r.studentId = student;
        r.kind = domain::ReferenceKind::Enrollment;
        r.sha256 = sha(++shaCounter);
        r.sourceName = "enrol.jpg";
        r.byteSize = 20000;
        r.importedAt = clock.nowIso();
        return store().referencePhotos().add(r);
    }
    void addComparison(domain::SubmissionId photo, domain::ReferencePhotoId ref,
                       const std::string& outcome, double similarity) {
        domain::FaceComparison c;
        c.submissionId = photo;
        c.referencePhotoId = ref;
        c.modelId = "dlib-resnet-v1";
        c.state = "compared";
        c.distance = 0.3;
        c.similarity = similarity;
        c.outcome = outcome;
        c.computedAt = clock.nowIso();
        store().faces().saveComparison(c);
    }

    gp::test::TempDir dir;
    FixedClock clock;
    std::unique_ptr<store::Workspace> ws;
    int shaCounter = 0;
};

} // namespace gp::review::test
