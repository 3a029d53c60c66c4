#include "core/store/WorkspaceSummary.h"

#include "core/store/Migration.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <fstream>

namespace gp::store {
namespace {

TEST(WorkspaceSummary, CountsWhatTheWorkspaceHolds) {
    test::TempDir tmp;
    const auto clock = test::fixedClock();
    auto ws = test::newWorkspace(tmp / "w", clock);
    auto& st = ws->store();
    auto full = test::center("甲教学点");
    auto bare = domain::Center{0, "乙教学点", "", "", "", "", ""};
    st.centers().add(full);
    st.centers().add(bare);
    for (int i = 0; i < 5; ++i) {
        auto s = test::student("20210" + std::to_string(i), "学生", full.id);
        st.students().add(s);
        if (i == 0) {
            st.students().setStatus(s.id, domain::StudentStatus::Approved);
        }
        if (i == 4) {
            s.withdrawn = true;
            st.students().update(s);
        }
    }
    std::ofstream(tmp / "p.jpg") << "photo bytes";
    const auto stored = ws->photos().put(tmp / "p.jpg");
    domain::PhotoVersion v;
    v.studentId = 1;
    v.sha256 = stored.sha256;
    v.sourceName = "p.jpg";
    v.byteSize = stored.byteSize;
    v.importedAt = clock.nowIso();
    st.photoVersions().add(v);

    const auto s = summarize(*ws);
    EXPECT_EQ(s.name, "测试工作区");
    EXPECT_EQ(s.profileId, "chsi-2017");
    EXPECT_EQ(s.createdAt, "2026-11-21T08:00:00.000Z");
    EXPECT_EQ(s.createdBy, "tests");
    EXPECT_EQ(s.schemaVersion, store::workspaceMigrations().back().version);
    EXPECT_EQ(s.centers, 2u);
    EXPECT_EQ(s.centersMissingMailingDetails, 1u);
    EXPECT_EQ(s.students, 4u);
    EXPECT_EQ(s.withdrawnStudents, 1u);
    EXPECT_EQ(s.studentsByStatus.at(domain::StudentStatus::Approved), 1u);
    EXPECT_EQ(s.studentsByStatus.at(domain::StudentStatus::NotSubmitted), 3u);
    EXPECT_EQ(s.photoVersions, 1u);
    EXPECT_EQ(s.storedFiles, 1u);
    EXPECT_EQ(s.storedBytes, std::string("photo bytes").size());
    EXPECT_EQ(s.root, tmp.path() / "w");
}

} // namespace
} // namespace gp::store
