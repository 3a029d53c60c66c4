// Reading what a package wrote: the entries of a zip (Poco::Zip), pdfinfo's page count and
// size, and a page rendered to PNG with pdftoppm.
#pragma once

#include <Poco/StreamCopier.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace gp::test {

struct ZipEntry {
    std::string name;
    std::string bytes;
    bool utf8Flag = false; ///< general-purpose bit 11: the name is UTF-8
    int hour = -1;         ///< the hour of the entry's MS-DOS modification time
    int madeOn = -1;       ///< the host system of "version made by" (0 MS-DOS, 3 Unix)
};

inline std::vector<ZipEntry> readZip(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    Poco::Zip::ZipArchive archive(in);
    std::vector<ZipEntry> entries;
    for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
        in.clear();
        Poco::Zip::ZipInputStream zin(in, it->second, true);
        std::ostringstream out;
        Poco::StreamCopier::copyStream(zin, out);
        entries.push_back({it->first, out.str(), false});
    }
    // The flag from the central directory records.
    std::ifstream raw(file, std::ios::binary);
    const std::string all((std::istreambuf_iterator<char>(raw)), std::istreambuf_iterator<char>());
    for (std::size_t pos = all.find("PK\x01\x02"); pos != std::string::npos;
         pos = all.find("PK\x01\x02", pos + 4)) {
        const auto flags = static_cast<unsigned char>(all[pos + 8]) |
                           static_cast<unsigned char>(all[pos + 9]) << 8;
        const auto nameLength = static_cast<unsigned char>(all[pos + 28]) |
                                static_cast<unsigned char>(all[pos + 29]) << 8;
        const auto name = all.substr(pos + 46, std::size_t(nameLength));
        for (auto& e : entries) {
            if (e.name == name) {
                e.utf8Flag = (flags & 0x0800) != 0;
                const auto time = static_cast<unsigned char>(all[pos + 12]) |
                                  static_cast<unsigned char>(all[pos + 13]) << 8;
                e.hour = time >> 11;
                e.madeOn = static_cast<unsigned char>(all[pos + 5]);
            }
        }
    }
    return entries;
}

inline std::string commandOutput(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return out;
    }
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) {
        out.append(buf.data(), n);
    }
    ::pclose(pipe);
    return out;
}

struct PdfInfo {
    int pages = 0;
    double widthPt = 0;
    double heightPt = 0;
};

inline PdfInfo pdfInfo(const std::filesystem::path& pdf) {
    const auto text = commandOutput("pdfinfo '" + pdf.string() + "' 2>&1");
    PdfInfo info;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind("Pages:", 0) == 0) {
            info.pages = std::stoi(line.substr(6));
        } else if (line.rfind("Page size:", 0) == 0) {
            std::sscanf(line.c_str() + 10, " %lf x %lf", &info.widthPt, &info.heightPt);
        }
    }
    return info;
}

/// Renders one page (1-based) at dpi and reads it back as BGR.
inline cv::Mat renderPage(const std::filesystem::path& pdf, int page, int dpi) {
    const auto stem = pdf.parent_path() / (pdf.stem().string() + "-page");
    commandOutput("pdftoppm -png -singlefile -r " + std::to_string(dpi) + " -f " +
                  std::to_string(page) + " -l " + std::to_string(page) + " '" + pdf.string() +
                  "' '" + stem.string() + "' 2>&1");
    return cv::imread(stem.string() + ".png", cv::IMREAD_COLOR);
}

inline void writeFile(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}

} // namespace gp::test
