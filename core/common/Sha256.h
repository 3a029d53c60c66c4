// SHA-256 digests, hex-encoded: the identity of every stored photo.
#pragma once

#include <filesystem>
#include <istream>
#include <string>
#include <string_view>

namespace gp {

std::string sha256Hex(std::string_view bytes);
std::string sha256Hex(std::istream& in);
/// Throws UserError when the file cannot be read.
std::string sha256OfFile(const std::filesystem::path& file);

} // namespace gp
