# The .deb built by CPack, unpacked with dpkg -x into a throw-away root and run from there.
add_test(NAME package_installs_and_runs
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/package-test.sh ${CMAKE_BINARY_DIR} ${PROJECT_VERSION})
set_tests_properties(package_installs_and_runs PROPERTIES TIMEOUT 300)
