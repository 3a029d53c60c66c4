# Sources of core/demo (see core/CMakeLists.txt): the demo campaign builder and the per-center
# progress table. The demo writes real .xlsx inputs with libxlsxwriter.
pkg_check_modules(DEMO_XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
target_sources(gradphoto_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CenterProgress.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DemoBuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DemoCohort.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DemoPlan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DemoWorkbooks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrawnBody.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PhotoFlaws.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PortraitMaker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SampleFaces.cpp
)
target_link_libraries(gradphoto_core PRIVATE PkgConfig::DEMO_XLSXWRITER)
