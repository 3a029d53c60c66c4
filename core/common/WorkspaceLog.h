// The log of one workspace: logs/gradphoto.log, rotated at 5 MB, ten compressed archives kept,
// every line masked for ID and phone numbers.
#pragma once

#include <Poco/Logger.h>

#include <filesystem>

namespace gp {

class WorkspaceLog {
public:
    explicit WorkspaceLog(const std::filesystem::path& logsDir);
    ~WorkspaceLog();
    WorkspaceLog(const WorkspaceLog&) = delete;
    WorkspaceLog& operator=(const WorkspaceLog&) = delete;

    Poco::Logger& logger() { return *logger_; }
    std::filesystem::path file() const { return file_; }

private:
    std::filesystem::path file_;
    Poco::Logger* logger_ = nullptr;
};

} // namespace gp
