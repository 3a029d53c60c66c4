// A Poco log channel that masks ID and phone numbers in every message before passing it on.
#pragma once

#include <Poco/AutoPtr.h>
#include <Poco/Channel.h>

namespace gp {

class MaskingChannel : public Poco::Channel {
public:
    explicit MaskingChannel(Poco::AutoPtr<Poco::Channel> next) : next_(std::move(next)) {}

    void open() override { next_->open(); }
    void close() override { next_->close(); }
    void log(const Poco::Message& msg) override;

private:
    Poco::AutoPtr<Poco::Channel> next_;
};

} // namespace gp
