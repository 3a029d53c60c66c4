# gradphoto-cli as a user runs it.
add_executable(cli_tests
    ${CMAKE_CURRENT_LIST_DIR}/CliTest.cpp
)
target_link_libraries(cli_tests PRIVATE gradphoto_core gradphoto_test_support GTest::gtest_main)
target_compile_definitions(cli_tests PRIVATE GRADPHOTO_CLI="$<TARGET_FILE:gradphoto-cli>")
add_dependencies(cli_tests gradphoto-cli)
gtest_discover_tests(cli_tests DISCOVERY_TIMEOUT 30 PROPERTIES TIMEOUT 120)
