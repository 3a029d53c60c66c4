# Sources of core/intake/photos (see core/CMakeLists.txt).
# Zip archives: the central directory is read here and entries are inflated with zlib, so that
# every declared size, name and mode bit is checked before a byte is inflated. (Poco::Zip 1.11's
# ZipArchive keeps the external attributes, i.e. the symlink bits, private, asserts on duplicate
# names and walks local headers sequentially; the tests use Poco::Zip::Compress to write zips.)
find_package(ZLIB REQUIRED)
target_sources(gradphoto_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/EntryPath.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FileNameKeys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FolderPhotoSource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PhotoSource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ZipPhotoSource.cpp
)
target_link_libraries(gradphoto_core PRIVATE ZLIB::ZLIB)
