# The intake workbooks (roster problems and changes, photo intake), written and read back.
# Included from tests/CMakeLists.txt: include(reports/intake.cmake)
add_executable(intake_report_tests ${CMAKE_CURRENT_LIST_DIR}/IntakeReportsTest.cpp)
target_link_libraries(intake_report_tests PRIVATE gradphoto_reports gradphoto_test_support
    GTest::gtest_main)
gtest_discover_tests(intake_report_tests DISCOVERY_TIMEOUT 30)
