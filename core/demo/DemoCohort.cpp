#include "DemoCohort.h"

#include "core/intake/IdNumber.h"

#include <array>
#include <cstdio>
#include <numeric>
#include <random>
#include <set>

namespace gp::demo {

namespace {

// The hundred most common surnames cover most of the population; the demo draws from the
// first few dozen, weighted towards the front of the list by drawing twice and keeping the smaller.
const std::array<const char*, 48> kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
    "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁"};

const std::array<const char*, 40> kWomensNames = {
    "静",   "丽",   "敏",   "燕",   "艳",   "娟",   "霞",   "婷",   "雪",   "慧",
    "佳怡", "欣怡", "梦瑶", "雨涵", "思琪", "晓燕", "丽娟", "春梅", "海燕", "秀英",
    "玉兰", "晓丽", "文静", "红霞", "美玲", "诗涵", "子涵", "婉婷", "佳琪", "雅琴",
    "亚楠", "晓琳", "一诺", "可欣", "梓萱", "明月", "晶晶", "倩",   "蕾",   "琳"};

const std::array<const char*, 32> kMensNames = {
    "伟",   "强",   "磊",   "军",   "勇",   "杰",   "涛",   "斌",   "超",   "明",   "浩然",
    "子轩", "宇航", "建国", "志强", "俊杰", "文博", "晓东", "海波", "国庆", "家豪", "鹏飞",
    "振华", "天佑", "立新", "晨阳", "博文", "思远", "建华", "永刚", "德明", "少华"};

struct Programme {
    const char* level;
    const char* major;
    const char* grade;
};

// Adult higher education graduating in spring 2026: 专升本 and 高起专 take 2.5 years, 高起本 5.
const std::array<Programme, 9> kProgrammes = {{
    {"专升本", "会计学", "2023级"},
    {"专升本", "行政管理", "2023级"},
    {"专升本", "护理学", "2023级"},
    {"专升本", "汉语言文学", "2023级"},
    {"专升本", "计算机科学与技术", "2023级"},
    {"高起专", "大数据与会计", "2023级"},
    {"高起专", "护理", "2023级"},
    {"高起专", "建设工程管理", "2023级"},
    {"高起本", "工商管理", "2021级"},
}};

std::vector<DemoCenter> demoCenters() {
    return {
        {"城南教学点", "周敏", "13500000101", "chengnan@demo.invalid",
         "示例省示例市城南区学府路12号 继续教育学院城南教学点", "999001", "990102", "01"},
        {"河西学习中心", "郭建华", "13500000202", "hexi@demo.invalid",
         "示例省示例市河西区滨江大道88号 河西学习中心教务办", "999002", "990105", "02"},
        {"北山函授站", "林晓燕", "13500000303", "beishan@demo.invalid",
         "示例省北山县人民路5号 北山县职业中专二楼", "999103", "990921", "03"},
    };
}

/// A uniform pick from n using the raw engine output, so the same seed gives the same cohort
/// with any standard library (the std distributions are not specified bit for bit).
std::size_t pick(std::mt19937& rng, std::size_t n) {
    return static_cast<std::size_t>(rng() % n);
}

std::string twoDigits(int v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", v);
    return buf;
}

} // namespace

int demoStudentCount() {
    return std::accumulate(std::begin(kDemoStudentsPerCenter), std::end(kDemoStudentsPerCenter), 0);
}

DemoCohort makeDemoCohort(std::uint32_t seed, const std::vector<bool>& women) {
    std::mt19937 rng(seed);
    DemoCohort cohort;
    cohort.centers = demoCenters();
    std::set<std::string> names;
    std::size_t index = 0;
    for (std::size_t c = 0; c < cohort.centers.size(); ++c) {
        const auto& center = cohort.centers[c];
        for (int i = 0; i < kDemoStudentsPerCenter[c]; ++i, ++index) {
            DemoStudent s;
            const bool woman = index < women.size() ? women[index] : pick(rng, 2) == 0;
            s.sex = woman ? "女" : "男";
            // A name nobody else in the cohort has, so the demo never shows two 王静.
            do {
                const auto surname =
                    std::min(pick(rng, kSurnames.size()), pick(rng, kSurnames.size()));
                s.name = kSurnames[surname];
                s.name += woman ? kWomensNames[pick(rng, kWomensNames.size())]
                                : kMensNames[pick(rng, kMensNames.size())];
            } while (!names.insert(s.name).second);

            const auto& programme = kProgrammes[pick(rng, kProgrammes.size())];
            s.level = programme.level;
            s.major = programme.major;
            s.grade = programme.grade;
            const std::string year = std::string(programme.grade).substr(0, 4);
            // 学号: entry year, center code, three-digit sequence.
            s.studentNo = year + center.code + "0" + twoDigits(i + 1);
            s.center = center.name;
            s.className = year.substr(2) + s.major + "班";
            s.ethnicity = pick(rng, 10) == 0 ? "回族" : "汉族";
            s.phone = "1350000" + std::to_string(1000 + index * 37 % 9000);

            const int birthYear = 1980 + static_cast<int>(pick(rng, 24));
            const int month = 1 + static_cast<int>(pick(rng, 12));
            const int day = 1 + static_cast<int>(pick(rng, 28));
            s.birthDate = std::to_string(birthYear) + "-" + twoDigits(month) + "-" + twoDigits(day);
            // Sequence digits: the last is odd for men, even for women.
            int sequence = 10 + static_cast<int>(pick(rng, 89)) * 10 +
                           static_cast<int>(pick(rng, 5)) * 2 + (woman ? 0 : 1);
            std::string first17 =
                center.regionCode + std::to_string(birthYear) + twoDigits(month) + twoDigits(day);
            char seq[16];
            std::snprintf(seq, sizeof seq, "%03d", sequence % 1000);
            first17 += seq;
            s.idNumber = first17 + intake::mod11_2CheckCharacter(first17);
            cohort.students.push_back(std::move(s));
        }
    }
    return cohort;
}

} // namespace gp::demo
