# Sources of core/checks/analysis (the photo analysis: decoding, faces, landmarks, mask).
find_package(dlib REQUIRED)
find_package(OpenCV REQUIRED COMPONENTS core imgproc)
target_sources(gradphoto_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AddedFrame.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BackgroundModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FaceModels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HeadTop.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LabImage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PersonMask.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PhotoAnalysis.cpp
)
target_link_libraries(gradphoto_core PUBLIC dlib::dlib ${OpenCV_LIBS})
