// A helper process for the crash and concurrency tests: it writes to a workspace in ways the
// tests then interrupt with SIGKILL or read alongside. It reports progress on stdout.
//
//   workspace_writer big-transaction WS ROWS   one transaction of ROWS students, then waits
//   workspace_writer center-batches WS STOP    transactions of a center + 10 students, until the
//                                              file STOP exists (at most 20,000)
//   workspace_writer endless-photo WS          stores a photo whose bytes never end
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <streambuf>
#include <string>
#include <thread>
#include <unistd.h>

namespace {

using namespace gp;

domain::Student makeStudent(int i, domain::CenterId center) {
    domain::Student s;
    s.studentNo = "S" + std::to_string(1'000'000 + i);
    s.name = "学生" + std::to_string(i);
    s.idNumber = std::to_string(610'000'000'000'000'000LL + i);
    s.centerId = center;
    s.major = "计算机科学与技术";
    return s;
}

[[noreturn]] void waitToBeKilled() {
    for (;;) {
        ::pause();
    }
}

int bigTransaction(store::Workspace& ws, int rows) {
    store::Transaction tx(ws.store());
    domain::Center c{0, "大批量教学点", "", "", "", "", ""};
    ws.store().centers().add(c);
    for (int i = 0; i < rows; ++i) {
        auto s = makeStudent(i, c.id);
        ws.store().students().add(s);
        if ((i + 1) % 5000 == 0) {
            std::cout << "progress " << (i + 1) << std::endl;
        }
    }
    tx.commit();
    std::cout << "committed" << std::endl;
    waitToBeKilled();
}

int centerBatches(store::Workspace& ws, const std::filesystem::path& stopFile) {
    for (int b = 0; b < 20'000 && !std::filesystem::exists(stopFile); ++b) {
        store::Transaction tx(ws.store());
        domain::Center c{0, "教学点" + std::to_string(b), "", "", "", "", ""};
        ws.store().centers().add(c);
        for (int i = 0; i < 10; ++i) {
            auto s = makeStudent(b * 10 + i, c.id);
            ws.store().students().add(s);
        }
        tx.commit();
        if (b == 0) {
            std::cout << "started" << std::endl;
        }
    }
    std::cout << "done" << std::endl;
    return 0;
}

/// A stream of JPEG-looking bytes that never ends, as a photo on a hung network share.
class EndlessBytes : public std::streambuf {
protected:
    int_type underflow() override {
        if (!announced_ && served_ > (1 << 20)) {
            std::cout << "writing" << std::endl;
            announced_ = true;
        }
        if (announced_) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        buffer_.assign(4096, '\x5a');
        served_ += buffer_.size();
        setg(buffer_.data(), buffer_.data(), buffer_.data() + buffer_.size());
        return traits_type::to_int_type(buffer_[0]);
    }

private:
    std::string buffer_;
    std::size_t served_ = 0;
    bool announced_ = false;
};

int endlessPhoto(store::Workspace& ws) {
    EndlessBytes bytes;
    std::istream in(&bytes);
    ws.photos().put(in);
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: workspace_writer MODE WS [N]\n";
        return 2;
    }
    const std::string mode = argv[1];
    const SystemClock clock;
    auto ws = store::Workspace::open(argv[2], clock);
    const std::string arg = argc > 3 ? argv[3] : "";
    const int n = std::atoi(arg.c_str());
    if (mode == "big-transaction") {
        return bigTransaction(*ws, n);
    }
    if (mode == "center-batches") {
        return centerBatches(*ws, arg);
    }
    if (mode == "endless-photo") {
        return endlessPhoto(*ws);
    }
    std::cerr << "unknown mode " << mode << '\n';
    return 2;
}
