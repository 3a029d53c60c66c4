// Small JSON columns: a student's extra roster columns.
#pragma once

#include <map>
#include <string>

namespace gp::store {

std::string toJsonObject(const std::map<std::string, std::string>& values);
/// Reads a JSON object of strings; anything else reads as empty.
std::map<std::string, std::string> fromJsonObject(const std::string& json);

} // namespace gp::store
