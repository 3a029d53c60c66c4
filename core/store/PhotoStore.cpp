#include "PhotoStore.h"

#include "../common/AtomicFile.h"
#include "../common/Sha256.h"
#include "../common/UserError.h"

#include <Poco/DigestEngine.h>
#include <Poco/DigestStream.h>
#include <Poco/SHA2Engine.h>

#include <fstream>

namespace gp::store {

namespace fs = std::filesystem;

PhotoStore::PhotoStore(fs::path root) : root_(std::move(root)) {
    fs::create_directories(incoming());
}

StoredPhoto PhotoStore::put(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError("Cannot read the photo " + file.string() + ".",
                        "Check that the file exists and that you may read it.");
    }
    return put(in);
}

StoredPhoto PhotoStore::put(std::istream& bytes) {
    // Hash while copying into a temporary file inside the store, then link it under its hash.
    AtomicFile temp(incoming() / "photo");
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    Poco::DigestInputStream hashing(engine, bytes);
    StoredPhoto stored;
    stored.byteSize = temp.copyFrom(hashing);
    stored.sha256 = Poco::DigestEngine::digestToHex(engine.digest());

    const auto target = pathOf(stored.sha256);
    if (fs::create_directories(target.parent_path())) {
        syncDirectory(root_); // the new shard folder's entry must survive a power cut too
    }
    fs::permissions(temp.temporaryPath(),
                    fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    stored.newlyStored = temp.commitTo(target, AtomicFile::Mode::KeepExisting);
    return stored;
}

StoredPhoto PhotoStore::put(std::string_view bytes, const std::string& sha256) {
    AtomicFile temp(incoming() / "photo");
    temp.write(bytes);
    StoredPhoto stored;
    stored.byteSize = bytes.size();
    stored.sha256 = sha256;
    const auto target = pathOf(sha256);
    if (fs::create_directories(target.parent_path())) {
        syncDirectory(root_);
    }
    fs::permissions(temp.temporaryPath(),
                    fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    stored.newlyStored = temp.commitTo(target, AtomicFile::Mode::KeepExisting);
    return stored;
}

void PhotoStore::removeUnreferenced(const std::string& sha256) {
    std::error_code ignored;
    fs::remove(pathOf(sha256), ignored);
}

bool PhotoStore::contains(const std::string& sha256) const {
    return fs::exists(pathOf(sha256));
}

fs::path PhotoStore::pathOf(const std::string& sha256) const {
    return root_ / sha256.substr(0, 2) / sha256;
}

bool PhotoStore::verify(const std::string& sha256) const {
    const auto path = pathOf(sha256);
    if (!fs::exists(path)) {
        return false;
    }
    return sha256OfFile(path) == sha256;
}

std::size_t PhotoStore::removeAbandonedTemporaries(std::chrono::seconds minAge) {
    std::size_t removed = 0;
    const auto cutoff = fs::file_time_type::clock::now() - minAge;
    for (const auto& entry : fs::directory_iterator(incoming())) {
        std::error_code ec;
        if (entry.last_write_time(ec) <= cutoff && !ec && fs::remove(entry.path(), ec)) {
            ++removed;
        }
    }
    return removed;
}

PhotoStore::Usage PhotoStore::usage() const {
    Usage u;
    for (const auto& entry : fs::recursive_directory_iterator(root_)) {
        if (entry.is_regular_file() && entry.path().parent_path() != incoming()) {
            ++u.files;
            u.bytes += entry.file_size();
        }
    }
    return u;
}

} // namespace gp::store
