# The status workbook over 100,000 students (issue #7: under 10 s). Included from
# tests/benchmarks/CMakeLists.txt.
add_executable(status_workbook_benchmark ${CMAKE_CURRENT_LIST_DIR}/StatusWorkbookBenchmark.cpp)
target_link_libraries(status_workbook_benchmark PRIVATE gradphoto_reports gradphoto_test_support
    benchmark::benchmark)
target_compile_definitions(status_workbook_benchmark PRIVATE
    GRADPHOTO_TEMPLATES_DIR="${CMAKE_SOURCE_DIR}/templates")
