// Small builders for domain records used across the tests.
#pragma once

#include "core/common/Clock.h"
#include "core/domain/Center.h"
#include "core/domain/Student.h"
#include "core/store/Workspace.h"

#include <chrono>
#include <memory>
#include <string>

namespace gp::test {

/// 2026-11-21T08:00:00Z, the same in every run.
inline FixedClock fixedClock() {
    return FixedClock(std::chrono::system_clock::time_point(std::chrono::seconds(1795248000)));
}

inline std::unique_ptr<store::Workspace> newWorkspace(const std::filesystem::path& dir,
                                                      const Clock& clock) {
    return store::Workspace::create(dir, {"测试工作区", "chsi-2017", "tests"}, clock);
}

inline domain::Center center(const std::string& name) {
    domain::Center c;
    c.name = name;
    c.contact = "王老师";
    c.phone = "029-88881234";
    c.email = "center@example.edu.cn";
    c.address = "陕西省西安市雁塔区示例路1号";
    c.postcode = "710061";
    return c;
}

inline domain::Student student(const std::string& no, const std::string& name,
                               domain::CenterId center = 0) {
    domain::Student s;
    s.studentNo = no;
    s.name = name;
    s.sex = "女";
    s.level = "专升本";
    s.major = "会计学";
    s.grade = "2024";
    s.centerId = center;
    s.phone = "13812345678";
    return s;
}

} // namespace gp::test
