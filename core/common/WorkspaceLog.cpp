#include "WorkspaceLog.h"

#include "MaskingChannel.h"

#include <Poco/AutoPtr.h>
#include <Poco/FileChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/PatternFormatter.h>

#include <cstdint>
#include <string>

namespace gp {

WorkspaceLog::WorkspaceLog(const std::filesystem::path& logsDir)
    : file_(logsDir / "gradphoto.log") {
    Poco::AutoPtr<Poco::FileChannel> fileChannel(new Poco::FileChannel(file_.string()));
    fileChannel->setProperty("rotation", "5 M");
    fileChannel->setProperty("archive", "timestamp");
    fileChannel->setProperty("compress", "true");
    fileChannel->setProperty("purgeCount", "10");
    fileChannel->setProperty("times", "utc");

    Poco::AutoPtr<Poco::PatternFormatter> formatter(
        new Poco::PatternFormatter("%Y-%m-%dT%H:%M:%S.%iZ [%p] pid=%P %t"));
    Poco::AutoPtr<Poco::FormattingChannel> formatting(
        new Poco::FormattingChannel(formatter, fileChannel));
    Poco::AutoPtr<MaskingChannel> masking(new MaskingChannel(formatting));

    // Poco keeps loggers in a registry by name; path and instance make the name unique.
    logger_ = &Poco::Logger::get("gradphoto:" + std::filesystem::absolute(logsDir).string() + "#" +
                                 std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    logger_->setChannel(masking);
    logger_->setLevel(Poco::Message::PRIO_INFORMATION);
}

WorkspaceLog::~WorkspaceLog() {
    if (logger_ != nullptr) {
        logger_->getChannel()->close();
        logger_->setChannel(nullptr);
        Poco::Logger::destroy(logger_->name());
    }
}

} // namespace gp
