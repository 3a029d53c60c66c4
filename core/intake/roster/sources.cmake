# Sources of core/intake/roster (see core/CMakeLists.txt): the roster file readers.
# xlsx and ods through liborcus (its import interfaces, no spreadsheet model; the xlsx inline
# strings orcus 0.17 skips are read with its zip reader and SAX parser), legacy xls
# through FreeXL, CSV/TXT by hand with glibc's iconv for GB18030.
pkg_check_modules(ORCUS REQUIRED IMPORTED_TARGET liborcus-0.17)
pkg_check_modules(FREEXL REQUIRED IMPORTED_TARGET freexl)

target_sources(gradphoto_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CellReference.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CellText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DelimitedTextReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrcusWorkbookReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RosterErrors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SheetTable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/XlsWorkbookReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/XlsxInlineStrings.cpp
)
target_link_libraries(gradphoto_core PRIVATE PkgConfig::ORCUS PkgConfig::FREEXL)
