#include "ZipParts.h"

namespace gp::reports {

ZipParts::ZipParts(std::function<std::pair<std::string, std::filesystem::path>(int)> pathOfPart,
                   std::size_t maxFiles, std::uintmax_t maxBytes,
                   std::chrono::system_clock::time_point entryTime)
    : pathOfPart_(std::move(pathOfPart)), maxFiles_(maxFiles), maxBytes_(maxBytes),
      entryTime_(entryTime) {}

ZipParts::~ZipParts() = default;

void ZipParts::openNext() {
    auto [name, path] = pathOfPart_(static_cast<int>(parts_.size()) + 1);
    current_ = std::make_unique<ZipWriter>(path, entryTime_);
    currentCost_ = ZipWriter::kEndRecord;
    parts_.push_back({std::move(name), std::move(path), 0, 0});
}

void ZipParts::closeCurrent() {
    if (current_) {
        parts_.back().bytes = current_->close();
        current_.reset();
    }
}

int ZipParts::add(const std::string& name, std::string_view bytes) {
    const auto cost = ZipWriter::entryCost(name, bytes.size());
    if (current_ && current_->entries() > 0 &&
        (current_->entries() >= maxFiles_ || currentCost_ + cost > maxBytes_)) {
        closeCurrent();
    }
    if (!current_) {
        openNext();
    }
    current_->add(name, bytes);
    currentCost_ += cost;
    parts_.back().files += 1;
    return static_cast<int>(parts_.size());
}

std::vector<ZipPart> ZipParts::finish() {
    closeCurrent();
    return parts_;
}

} // namespace gp::reports
