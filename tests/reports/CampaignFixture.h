// A campaign built in code for the report tests: four centers (one without a phone, one without
// students), a student without a center, and students in every state the reports tell apart:
// not submitted, awaiting check, awaiting review, approved, packed, mailed, rejected, failing the
// checks undecided, a rejection reversed, a retake submitted, withdrawn, a face mismatch, a
// photo missing from the store, a stale cached status and an unknown reason code. Decisions,
// check runs and comparisons are appended through the store's repositories.
#pragma once

#include "core/common/Clock.h"
#include "core/domain/Decision.h"
#include "core/domain/FaceRecords.h"
#include "core/domain/ReferencePhoto.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"
#include "tests/support/Fixtures.h"

#include <sstream>
#include <string>
#include <vector>

namespace gp::test {

class CampaignFixture {
public:
    static constexpr const char* kNorth = "北区教学点";
    static constexpr const char* kSouth = "南区函授站";
    static constexpr const char* kWest = "西区学习中心";
    static constexpr const char* kEmpty = "空教学点";

    CampaignFixture(const std::filesystem::path& dir, const Clock& clock) : clock_(clock) {
        ws = newWorkspace(dir, clock);
        auto& store = ws->store();
        store::Transaction tx(store);
        auto north = center(kNorth);
        auto south = center(kSouth);
        auto west = center(kWest);
        west.phone.clear();
        auto empty = center(kEmpty);
        for (auto* c : {&north, &south, &west, &empty}) {
            store.centers().add(*c);
        }
        using S = domain::StudentStatus;
        using K = domain::DecisionKind;

        // 北区教学点: every state once.
        add("0021001", north.id, S::NotSubmitted);
        add("0021002", north.id, S::NotSubmitted, "");
        photo(add("0021003", north.id, S::AwaitingCheck));
        run(photo(add("0021004", north.id, S::AwaitingReview)), "pass");
        {
            const auto s = add("0021005", north.id, S::Approved);
            const auto p = photo(s);
            run(p, "pass");
            decide(s, p, K::Approve);
            compare(s, p, "match");
        }
        {
            const auto s = add("0021006", north.id, S::Approved);
            const auto p = photo(s);
            run(p, "review");
            decide(s, p, K::Approve);
        }
        {
            const auto s = add("0021007", north.id, S::Retake);
            const auto p = photo(s);
            run(p, "fail", {"head_too_high"});
            decide(s, p, K::Reject, {"head_too_high", "clothing_like_background"});
        }
        run(photo(add("0021008", north.id, S::AwaitingReview, "")), "fail", {"blurred"});
        {
            const auto s = add("0021009", north.id, S::AwaitingReview);
            const auto p = photo(s);
            run(p, "pass");
            const auto rejection = decide(s, p, K::Reject, {"eyes_closed"});
            decide(s, p, K::Reversal, {}, rejection);
        }
        {
            const auto s = add("0021010", north.id, S::AwaitingCheck);
            const auto v1 = photo(s);
            decide(s, v1, K::Reject, {"background_invalid"});
            photo(s); // the retake, not checked yet
        }
        {
            const auto s = add("0021011", north.id, S::Packed);
            const auto v1 = photo(s);
            decide(s, v1, K::Reject, {"background_invalid"});
            const auto v2 = photo(s);
            run(v2, "pass");
            decide(s, v2, K::Approve);
        }
        {
            auto s = test::student("0021012", "退学生", north.id);
            s.withdrawn = true;
            store.students().add(s);
        }

        // 南区函授站: twelve approved (one a face mismatch, one mailed with its photo missing
        // from the store), one not submitted, one rejected for an unknown reason.
        for (int i = 1; i <= 12; ++i) {
            const auto no = "0022" + std::string(i < 10 ? "00" : "0") + std::to_string(i);
            const auto s = add(no, south.id, i == 2 ? S::Mailed : S::Approved);
            const auto p = photo(s, i != 2);
            run(p, "pass");
            decide(s, p, K::Approve);
            if (i == 1) {
                compare(s, p, "no_match");
            }
        }
        add("0022013", south.id, S::NotSubmitted);
        {
            const auto s = add("0022014", south.id, S::Retake);
            decide(s, photo(s), K::Reject, {"mystery_code"});
        }

        // 西区学习中心 (no phone): not submitted, failing undecided, a stale cached status.
        add("0023001", west.id, S::NotSubmitted);
        run(photo(add("0023002", west.id, S::AwaitingReview)), "fail",
            {"background_invalid", "head_too_small"});
        photo(add("0023003", west.id, S::NotSubmitted));

        // No center on the roster.
        add("0029001", 0, S::NotSubmitted);
        tx.commit();
    }

    domain::StudentId add(const std::string& no, domain::CenterId center, domain::StudentStatus st,
                          const std::string& phone = "13812345678") {
        auto s = test::student(no, "学生" + no.substr(no.size() - 3), center);
        s.phone = phone;
        s.status = st;
        ws->store().students().add(s);
        ws->store().students().setStatus(s.id, st);
        return s.id;
    }

    /// A new photo version; its bytes go to the photo store unless stored is false.
    domain::PhotoVersion photo(domain::StudentId student, bool stored = true) {
        const std::string bytes = "photo " + std::to_string(++photos_);
        std::istringstream in(bytes);
        domain::PhotoVersion p;
        if (stored) {
            p.sha256 = ws->photos().put(in).sha256;
        } else {
            p.sha256 = std::string(63, 'f') + std::to_string(photos_ % 10);
        }
        p.studentId = student;
        p.sourceName = std::to_string(student) + ".jpg";
        p.byteSize = bytes.size();
        p.image = {"jpeg", 480, 640, 1};
        p.importedAt = "2026-11-20T02:30:00.000Z";
        ws->store().photoVersions().add(p);
        return p;
    }

    void run(const domain::PhotoVersion& photo, const std::string& verdict,
             const std::vector<std::string>& reasons = {}) {
        domain::CheckRun r;
        r.submissionId = photo.id;
        r.profileId = "chsi-2017";
        r.profileVersion = 1;
        r.engineVersion = "test";
        r.verdict = verdict;
        r.startedAt = r.finishedAt = clock_.nowIso();
        r.results.push_back({"file.size", "pass", "{}", "", "", "[]"});
        for (const auto& code : reasons) {
            r.results.push_back({"check." + code, "fail", "{}", "", code, "[]"});
        }
        ws->store().checkRuns().save(r);
    }

    domain::DecisionId decide(domain::StudentId student, const domain::PhotoVersion& photo,
                              domain::DecisionKind kind,
                              const std::vector<std::string>& reasons = {},
                              domain::DecisionId reverses = 0) {
        domain::Decision d;
        d.studentId = student;
        d.submissionId = photo.id;
        d.photoSha256 = photo.sha256;
        d.reviewer = "审核员甲";
        d.decidedAt = "2026-11-20T06:15:00.000Z";
        d.kind = kind;
        d.reasonCodes = reasons;
        d.reverses = reverses;
        return ws->store().decisions().append(d);
    }

    void compare(domain::StudentId student, const domain::PhotoVersion& photo,
                 const std::string& outcome) {
        domain::ReferencePhoto ref;
        ref.studentId = student;
        ref.kind = domain::ReferenceKind::Enrollment;
        ref.sha256 = std::string(60, 'e') + std::to_string(1000 + photos_);
        ref.sourceName = "enrollment.jpg";
        ref.byteSize = 9000;
        ref.image = {"jpeg", 150, 200, 1};
        ref.importedAt = clock_.nowIso();
        ws->store().referencePhotos().add(ref);
        domain::FaceComparison c{0,    photo.id, ref.id,  "dlib_resnet_v1", "compared",
                                 0.72, 31.0,     outcome, clock_.nowIso(),  ""};
        ws->store().faces().saveComparison(c);
    }

    std::unique_ptr<store::Workspace> ws;

private:
    const Clock& clock_;
    int photos_ = 0;
};

} // namespace gp::test
