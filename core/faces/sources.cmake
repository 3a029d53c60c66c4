# Face comparison: descriptors (dlib ResNet), 1:1 comparison with the reference photos,
# perceptual hashes and the duplicate search. ModelCatalog/ModelInstaller are listed in
# core/CMakeLists.txt.
find_package(dlib REQUIRED)
find_package(OpenCV REQUIRED COMPONENTS core imgproc img_hash)
target_sources(gradphoto_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ComparisonPolicy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DescriptorExtractor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DuplicateFinder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HashPairSearch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PerceptualHash.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecognitionModels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReferenceComparison.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SameFaceSearch.cpp
)
target_link_libraries(gradphoto_core PUBLIC dlib::dlib ${OpenCV_LIBS})
