# The upload and mailing packages, on workspaces built in code; PDFs checked with poppler-utils.
# Included from tests/CMakeLists.txt: include(reports/packages/packages.cmake)
find_package(Poco REQUIRED COMPONENTS Zip)
add_executable(package_report_tests
    ${CMAKE_CURRENT_LIST_DIR}/MailingPackageTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UploadPackageTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UploadPhotoFileTest.cpp
)
target_link_libraries(package_report_tests PRIVATE gradphoto_reports gradphoto_test_support
    Poco::Zip GTest::gtest_main)
gtest_discover_tests(package_report_tests DISCOVERY_TIMEOUT 30 PROPERTIES TIMEOUT 300)
