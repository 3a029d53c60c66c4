# Face comparison benchmark (issue 5): descriptor time on a 480x640 photo, the same-face search
# over 100,000 descriptors. Run by hand; prints its figures.
add_executable(face_comparison_benchmark ${CMAKE_CURRENT_LIST_DIR}/FaceComparisonBenchmark.cpp)
target_link_libraries(face_comparison_benchmark PRIVATE gradphoto_core gradphoto_test_support
    benchmark::benchmark ${OpenCV_LIBS})
target_compile_definitions(face_comparison_benchmark PRIVATE
    GRADPHOTO_TESTDATA_PHOTOS="${CMAKE_SOURCE_DIR}/../shared/testdata/photos"
    GRADPHOTO_TEMPLATES_DIR="${CMAKE_SOURCE_DIR}/templates")
