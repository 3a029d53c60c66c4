#include "Sha256.h"

#include "UserError.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <array>
#include <fstream>

namespace gp {

std::string sha256Hex(std::string_view bytes) {
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(bytes.data(), static_cast<unsigned>(bytes.size()));
    return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string sha256Hex(std::istream& in) {
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    std::array<char, 1 << 16> buffer{};
    while (in) {
        in.read(buffer.data(), buffer.size());
        const auto n = in.gcount();
        if (n > 0) {
            engine.update(buffer.data(), static_cast<unsigned>(n));
        }
    }
    return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string sha256OfFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError("Cannot read " + file.string() + ".",
                        "Check that the file exists and that you may read it.");
    }
    return sha256Hex(in);
}

} // namespace gp
