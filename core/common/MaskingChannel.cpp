#include "MaskingChannel.h"

#include "Masking.h"

#include <Poco/Message.h>

namespace gp {

void MaskingChannel::log(const Poco::Message& msg) {
    Poco::Message masked(msg);
    masked.setText(maskSensitive(msg.getText()));
    next_->log(masked);
}

} // namespace gp
