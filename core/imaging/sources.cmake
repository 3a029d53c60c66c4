# Sources of core/imaging (see core/CMakeLists.txt).
find_package(OpenCV REQUIRED COMPONENTS core imgproc imgcodecs)
pkg_check_modules(HEIF REQUIRED IMPORTED_TARGET libheif)
pkg_check_modules(EXIF REQUIRED IMPORTED_TARGET libexif)

target_sources(gradphoto_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ExifOrientation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HeifCodec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImageDecoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImageHeader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImageProbe.cpp
)
# Public: ImageDecoder.h includes OpenCV.
target_include_directories(gradphoto_core SYSTEM PUBLIC ${OpenCV_INCLUDE_DIRS})
target_link_libraries(gradphoto_core PUBLIC ${OpenCV_LIBS} PRIVATE PkgConfig::HEIF PkgConfig::EXIF)
