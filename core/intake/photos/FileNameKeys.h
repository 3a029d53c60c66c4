// The keys a photo's file name may carry: 2021001.jpg, 张三_2021001.jpg, 2021001_1.jpg,
// 2021001(1).jpg, 2021001（1）.JPG, 2021001-张三.jpeg, 61010219900307123x.jpg.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gp::intake {

/// Candidate keys from a file name (path and extension are dropped), most specific first:
/// the whole stem (trimmed, full-width folded to half-width, a trailing x upper-cased), then
/// the stem without a retake suffix (_1, -2, (1), （1）, " (2)"), then each run of
/// letters/digits separated by _ - space or a CJK name. No duplicates; never empty strings.
std::vector<std::string> candidateKeys(std::string_view fileName);

} // namespace gp::intake
