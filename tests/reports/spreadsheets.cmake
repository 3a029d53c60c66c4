# The spreadsheet reports (status, retakes, missing, spotcheck) written from a campaign built in
# code and read back; and `gradphoto-cli report` run as a user runs it.
# Included from tests/CMakeLists.txt: include(reports/spreadsheets.cmake)
find_package(Poco REQUIRED COMPONENTS Zip)
add_executable(spreadsheet_report_tests ${CMAKE_CURRENT_LIST_DIR}/SpreadsheetReportsTest.cpp)
target_link_libraries(spreadsheet_report_tests PRIVATE gradphoto_reports gradphoto_test_support
    Poco::Zip GTest::gtest_main)
gtest_discover_tests(spreadsheet_report_tests DISCOVERY_TIMEOUT 30)

add_executable(report_cli_tests ${CMAKE_CURRENT_LIST_DIR}/ReportCliTest.cpp)
target_link_libraries(report_cli_tests PRIVATE gradphoto_reports gradphoto_test_support
    Poco::Zip GTest::gtest_main)
target_compile_definitions(report_cli_tests PRIVATE GRADPHOTO_CLI="$<TARGET_FILE:gradphoto-cli>")
add_dependencies(report_cli_tests gradphoto-cli)
gtest_discover_tests(report_cli_tests DISCOVERY_TIMEOUT 30 PROPERTIES TIMEOUT 120)
